#!/bin/sh
# Cài hoctap cho người dùng hiện tại, không cần sudo:  sh install.sh
#
# Chép chương trình và dữ liệu đi kèm vào ~/.local/lib/hoctap/ và đặt lệnh `hoctap` vào
# ~/.local/bin/ (một liên kết tới chương trình). Đặt PREFIX để cài chỗ khác, ví dụ
# PREFIX=/opt/hoctap sh install.sh. Chạy lại bao nhiêu lần cũng được: bản cũ được thay.
# Gỡ cài đặt: sh install.sh --go
set -eu

here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
case "$prefix" in /*) ;; *) prefix="$(pwd)/$prefix" ;; esac
lib="$prefix/lib/hoctap"
bin="$prefix/bin"
link="$bin/hoctap"

say() { printf '%s\n' "$*"; }
fail() { printf 'hoctap: %s\n' "$*" >&2; exit 1; }

case "${1:-}" in
    --go|--uninstall)
        if [ -L "$link" ]; then rm -f "$link"; say "Đã xoá lệnh $link"; fi
        if [ -d "$lib" ]; then rm -rf "$lib"; say "Đã xoá $lib"; fi
        say "Đã gỡ hoctap. Dữ liệu của bạn (thư mục kho, ~/.local/share/hoctap) vẫn giữ nguyên."
        exit 0 ;;
    "") ;;
    *) fail "không hiểu tuỳ chọn \"$1\" (chỉ có --go để gỡ cài đặt)" ;;
esac

[ -x "$here/bin/hoctap" ] || fail "không thấy $here/bin/hoctap: hãy chạy install.sh trong thư mục đã giải nén"
if [ -e "$link" ] && [ ! -L "$link" ]; then
    fail "đã có tệp $link không do bộ cài này tạo; đổi tên hoặc xoá nó rồi chạy lại"
fi

# Đọc tệp Excel/Word cần thư viện libxml2 của hệ thống (Ubuntu và Debian có sẵn trên máy để bàn).
if command -v ldconfig >/dev/null 2>&1 && ! ldconfig -p 2>/dev/null | grep -q 'libxml2\.so\.2'; then
    say "Lưu ý: máy chưa có libxml2; hãy cài bằng:  sudo apt install libxml2"
fi

mkdir -p "$prefix/lib" "$bin"
# Chép vào thư mục tạm bên cạnh rồi đổi tên: nếu bị ngắt giữa chừng, bản đang có vẫn dùng được.
rm -rf "$lib.new" "$lib.old"
mkdir "$lib.new"
cp -R "$here/bin" "$here/share" "$lib.new/"
for f in VERSION HUONG-DAN.txt install.sh; do
    if [ -f "$here/$f" ]; then cp "$here/$f" "$lib.new/"; fi
done
chmod -R u+rwX,go+rX "$lib.new"
if [ -d "$lib" ]; then mv "$lib" "$lib.old"; fi
mv "$lib.new" "$lib"
rm -rf "$lib.old"
# Một liên kết, không phải bản chép: chương trình tìm dữ liệu mẫu và giao diện màu bên cạnh
# tệp thật của nó (bin/hoctap_StoreDemo.resources, share/hoctap/themes).
ln -sfn "$lib/bin/hoctap" "$link"

version=$(cat "$lib/VERSION" 2>/dev/null || echo "?")
say "Đã cài hoctap $version:"
say "  chương trình và dữ liệu đi kèm: $lib"
say "  lệnh: $link"

if ! "$link" --help >/dev/null 2>&1; then
    glibc=$(getconf GNU_LIBC_VERSION 2>/dev/null || echo "không rõ")
    say ""
    say "NHƯNG chương trình chưa chạy được trên máy này (thư viện hệ thống: $glibc)."
    say "Cần Ubuntu 22.04 / Debian 12 trở lên và gói libncursesw6. Chạy thử để xem lỗi:"
    say "  $link --help"
    exit 1
fi

say ""
case ":$PATH:" in
    *":$bin:"*)
        say "$bin đã có trong PATH: gõ  hoctap  để mở bảng điều khiển (dữ liệu mẫu)." ;;
    *)
        say "$bin CHƯA có trong PATH, nên lệnh hoctap chưa gõ thẳng được."
        say "Trên Ubuntu/Debian chỉ cần đăng xuất rồi đăng nhập lại (tệp ~/.profile tự thêm"
        say "~/.local/bin khi thư mục này đã có). Hoặc ngay trong cửa sổ này:"
        say "  export PATH=\"$bin:\$PATH\""
        say "Trong lúc chờ, chạy bằng đường dẫn đầy đủ:  $link" ;;
esac
say "Hướng dẫn: $lib/HUONG-DAN.txt"
