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
#include <stdio.h>
#include <wchar.h>

#if defined(__APPLE__)
#include <ncurses.h>
#else
#include <ncursesw/curses.h>
#endif

#endif
