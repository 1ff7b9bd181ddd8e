// A few fixed-arity wrappers over libedit's variadic el_set()/history() calls,
// which Swift cannot call directly.
#ifndef CEDITLINESHIM_H
#define CEDITLINESHIM_H
#include <stdio.h>
#include <histedit.h>

/// Sets the prompt to a copy of `text` (UTF-8).
void es_set_prompt(EditLine *el, const char *text);
/// Selects the key bindings ("emacs" or "vi").
void es_set_editor(EditLine *el, const char *name);
/// Connects a history to the editor (Up/Down, Ctrl-R search).
void es_set_history(EditLine *el, History *h);
/// Turns off ISIG in edit mode so Ctrl-C reaches our binding instead of killing us.
void es_disable_tty_signals(EditLine *el);
/// Binds ^C to a function that ends the line and records an interruption.
void es_install_interrupt(EditLine *el);
/// 1 if the last line ended with ^C (and clears the flag).
int es_take_interrupt(void);
/// Registers a user function under `name` and binds it to `key` (e.g. "^I").
void es_add_function(EditLine *el, const char *name, const char *help,
                     unsigned char (*fn)(EditLine *, int), const char *key);
/// Binds a key sequence to an existing libedit function (e.g. "^R" "em-inc-search-prev").
void es_bind(EditLine *el, const char *key, const char *function);

int es_hist_setsize(History *h, int size);
int es_hist_setunique(History *h, int unique);
int es_hist_enter(History *h, const char *line);
int es_hist_load(History *h, const char *path);
int es_hist_save(History *h, const char *path);
#endif
