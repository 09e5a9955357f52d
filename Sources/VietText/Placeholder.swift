/// Placeholder until the text kit lands.
enum VietTextPlaceholder {}
