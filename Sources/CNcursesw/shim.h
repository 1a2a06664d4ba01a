#ifndef LEDE_CNCURSESW_SHIM_H
#define LEDE_CNCURSESW_SHIM_H

// Wide-character curses API (add_wch, get_wch, cchar_t) is only declared with this set.
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>

// Swift 6 refuses to read mutable C globals; these give it functions instead.
static inline WINDOW *lede_stdscr(void) { return stdscr; }
static inline int lede_lines(void) { return LINES; }
static inline int lede_cols(void) { return COLS; }
static inline int lede_colors(void) { return COLORS; }
static inline int lede_color_pairs(void) { return COLOR_PAIRS; }
static inline void lede_setlocale(void) { setlocale(LC_ALL, ""); }

#endif
