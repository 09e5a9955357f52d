// Shim over ncursesw: turns the wide-character API on and wraps what Swift cannot see.
#ifndef HOCTAP_CNCURSES_SHIM_H
#define HOCTAP_CNCURSES_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#if defined(__APPLE__)
#include <ncurses.h>
#else
#include <ncursesw/curses.h>
/* Glibc hides wcwidth unless _XOPEN_SOURCE was set before its first inclusion. */
extern int wcwidth(wchar_t c);
#endif

/* ncurses 6.1 and later take colour pairs and colours as int ("extended colours"). */
#if defined(NCURSES_EXT_COLORS) && defined(NCURSES_VERSION_MAJOR) && NCURSES_VERSION_MAJOR >= 6
#define HOCTAP_EXTENDED_COLORS 1
#else
#define HOCTAP_EXTENDED_COLORS 0
#endif

/* ---- Globals that Swift 6 rejects as shared mutable state: read through getters. ---- */

static inline WINDOW *hoctap_stdscr(void) { return stdscr; }
static inline int hoctap_colors(void) { return COLORS; }
static inline int hoctap_color_pairs(void) { return COLOR_PAIRS; }
static inline int hoctap_lines(void) { return LINES; }
static inline int hoctap_cols(void) { return COLS; }

/* newterm's type is not const in every ncurses; Swift passes a String only to a const one. */
static inline SCREEN *hoctap_newterm(const char *type, FILE *out, FILE *in) {
    return newterm((char *)type, out, in);
}

/* ---- Macros: attributes, function keys, sizes. ---- */

static inline attr_t hoctap_a_normal(void) { return A_NORMAL; }
static inline attr_t hoctap_a_bold(void) { return A_BOLD; }
static inline attr_t hoctap_a_dim(void) { return A_DIM; }
static inline attr_t hoctap_a_reverse(void) { return A_REVERSE; }
static inline attr_t hoctap_a_underline(void) { return A_UNDERLINE; }
static inline attr_t hoctap_a_italic(void) {
#ifdef A_ITALIC
    return A_ITALIC;
#else
    return A_NORMAL;
#endif
}

static inline int hoctap_key_f(int n) { return KEY_F(n); }
static inline int hoctap_ccharw_max(void) { return CCHARW_MAX; }
static inline int hoctap_wcwidth(wchar_t c) { return wcwidth(c); }

static inline int hoctap_set_escdelay(int ms) {
#if defined(NCURSES_VERSION_MAJOR) && (NCURSES_VERSION_MAJOR > 5 || (NCURSES_VERSION_MAJOR == 5 && NCURSES_VERSION_MINOR >= 7))
    return set_escdelay(ms);
#else
    (void)ms;
    return ERR;
#endif
}

/* ---- Locale. ---- */

static inline int hoctap_codeset_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0 || strcmp(cs, "UTF8") == 0);
}
static inline int hoctap_setlocale_all_from_environment(void) { return setlocale(LC_ALL, "") != NULL; }
static inline int hoctap_setlocale_ctype(const char *name) { return setlocale(LC_CTYPE, name) != NULL; }

/* ---- Colour pairs beyond what short pairs allow. ---- */

static inline int hoctap_extended_colors(void) { return HOCTAP_EXTENDED_COLORS; }

static inline int hoctap_init_pair(int pair, int fg, int bg) {
#if HOCTAP_EXTENDED_COLORS
    return init_extended_pair(pair, fg, bg);
#else
    if (pair > SHRT_MAX || fg > SHRT_MAX || bg > SHRT_MAX) return ERR;
    return init_pair((short)pair, (short)fg, (short)bg);
#endif
}

/* Fills `c` with up to CCHARW_MAX characters of the zero-terminated `wch`, `attrs` and `pair`. */
static inline int hoctap_setcchar(cchar_t *c, const wchar_t *wch, attr_t attrs, int pair) {
#if HOCTAP_EXTENDED_COLORS
    return setcchar(c, wch, attrs, (short)(pair > SHRT_MAX ? 0 : pair), &pair);
#else
    return setcchar(c, wch, attrs, (short)pair, NULL);
#endif
}

/* Reads a cell back: `wch` must hold CCHARW_MAX + 1 characters. */
static inline int hoctap_getcchar(const cchar_t *c, wchar_t *wch, attr_t *attrs, int *pair) {
    short small = 0;
#if HOCTAP_EXTENDED_COLORS
    int wide = 0;
    int r = getcchar(c, wch, attrs, &small, &wide);
    *pair = wide;
#else
    int r = getcchar(c, wch, attrs, &small, NULL);
    *pair = small;
#endif
    return r;
}

/* ---- Signals. ----
 * The flag lives here, not in Swift: a signal handler may only touch a volatile sig_atomic_t,
 * and Swift 6 rejects global mutable state. It is a weak definition rather than a `static`
 * one: Swift emits these inline functions into every object file that calls them, and a
 * `static` variable would get one private copy per file, so the handler could set a copy that
 * the reader never sees. A weak symbol is merged by the linker into exactly one. */
__attribute__((weak)) volatile sig_atomic_t hoctap_signal_caught = 0;

static void hoctap_on_signal(int sig) {
    (void)sig;
    hoctap_signal_caught = 1;
}

/* The actions that were in place before, restored by hoctap_signals_restore. */
typedef struct {
    struct sigaction previous[4];
    int installed[4];
} hoctap_saved_signals;

static inline int hoctap_signal_number(int i) {
    return i == 0 ? SIGINT : (i == 1 ? SIGTERM : (i == 2 ? SIGHUP : SIGQUIT));
}

/* Installs the handler for SIGINT, SIGTERM, SIGHUP and SIGQUIT (Ctrl-\, which would otherwise
 * run the Swift runtime's backtracer over the full screen), leaving a signal alone when it is
 * ignored (as for a background job). No SA_RESTART: a waiting read returns early. */
static inline void hoctap_signals_install(hoctap_saved_signals *saved) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = hoctap_on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    hoctap_signal_caught = 0;
    for (int i = 0; i < 4; i++) {
        saved->installed[i] = 0;
        if (sigaction(hoctap_signal_number(i), NULL, &saved->previous[i]) != 0) continue;
        if (saved->previous[i].sa_handler == SIG_IGN) continue;
        if (sigaction(hoctap_signal_number(i), &action, NULL) == 0) saved->installed[i] = 1;
    }
}

static inline void hoctap_signals_restore(hoctap_saved_signals *saved) {
    for (int i = 0; i < 4; i++) {
        if (saved->installed[i]) sigaction(hoctap_signal_number(i), &saved->previous[i], NULL);
        saved->installed[i] = 0;
    }
}

static inline int hoctap_signals_caught(void) { return hoctap_signal_caught != 0; }
static inline void hoctap_signals_reset(void) { hoctap_signal_caught = 0; }
/* Whether signal i (0 SIGINT, 1 SIGTERM, 2 SIGHUP, 3 SIGQUIT) has a handler function installed. */
static inline int hoctap_signal_has_handler(int i) {
    struct sigaction current;
    if (sigaction(hoctap_signal_number(i), NULL, &current) != 0) return 0;
    return current.sa_handler != SIG_DFL && current.sa_handler != SIG_IGN;
}
static inline int hoctap_raise(int i) { return raise(hoctap_signal_number(i)); }

#endif
