#ifndef LEDE_CNCURSESW_SHIM_H
#define LEDE_CNCURSESW_SHIM_H

// Wide-character curses API (add_wch, get_wch, cchar_t) is only declared with this set.
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 refuses to read mutable C globals; these give it functions instead.
static inline WINDOW *lede_stdscr(void) { return stdscr; }
static inline int lede_lines(void) { return LINES; }
static inline int lede_cols(void) { return COLS; }
static inline int lede_colors(void) { return COLORS; }
static inline int lede_color_pairs(void) { return COLOR_PAIRS; }
// newterm on the standard streams: unlike initscr it returns NULL for an unusable TERM.
static inline SCREEN *lede_newterm(void) { return newterm(NULL, stdout, stdin); }

// The user's locale; when none is set at all (plain "C", common in containers and CI),
// C.UTF-8 instead, so that wide characters can be drawn. A deliberate non-UTF-8 locale is kept.
static inline void lede_setlocale(void) {
    const char *name = setlocale(LC_ALL, "");
    if (name == NULL || strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0) {
        if (setlocale(LC_ALL, "C.UTF-8") == NULL) setlocale(LC_ALL, "C.utf8");
    }
}

// wcwidth is only declared under feature macros that may already have been settled.
extern int wcwidth(wchar_t c);
static inline int lede_wcwidth(wchar_t c) { return wcwidth(c); }

// Attribute macros are function-like in curses.h, which Swift cannot import.
static inline attr_t lede_a_bold(void) { return A_BOLD; }
static inline attr_t lede_a_underline(void) { return A_UNDERLINE; }
static inline attr_t lede_a_reverse(void) { return A_REVERSE; }
static inline attr_t lede_a_dim(void) { return A_DIM; }
static inline attr_t lede_a_italic(void) { return A_ITALIC; }

// SIGTERM, SIGHUP and SIGINT only set a flag (without SA_RESTART, so a blocked read
// returns); the input loop sees it and leaves through the normal path that restores the
// terminal. Call these from one Swift file only: the flag is static to this header.
static volatile sig_atomic_t lede_signal_flag = 0;
static void lede_signal_handler(int sig) { lede_signal_flag = sig; }
static inline void lede_install_signal_handlers(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = lede_signal_handler;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    // A parent may have started us with signals blocked (threaded launchers pass their
    // mask on); these must get through, SIGWINCH included, or resizes go unnoticed.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGWINCH);
    sigaddset(&set, SIGTSTP);
    sigaddset(&set, SIGCONT);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}
// On a crash (a Swift trap is SIGILL or SIGTRAP), give the terminal back first, so the
// shell is usable and the crash report readable, then pass the signal to the previous
// handler (Swift's backtracer, or the default action).
static struct sigaction lede_previous_crash_actions[65] = {{{0}}};
static void lede_crash_handler(int sig) {
    endwin();
    sigaction(sig, &lede_previous_crash_actions[sig], NULL);
    raise(sig);
}
static inline void lede_install_crash_handlers(void) {
    int signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = lede_crash_handler;
        sigemptyset(&sa.sa_mask);
        sigaction(signals[i], &sa, &lede_previous_crash_actions[signals[i]]);
    }
}

static inline int lede_take_signal(void) {
    int s = lede_signal_flag;
    lede_signal_flag = 0;
    return s;
}

// A Ctrl-C typed into a program run in the foreground (a browser) reaches us too, as the
// terminal is no longer raw: it was meant for that program.
static inline void lede_forget_interrupt(void) {
    if (lede_signal_flag == SIGINT) lede_signal_flag = 0;
}

#endif
