#include "CEditLineShim.h"
#include <stdlib.h>
#include <string.h>

static char *es_prompt_text = NULL;
static int es_interrupted = 0;

static char *es_prompt(EditLine *el) {
  (void)el;
  return es_prompt_text ? es_prompt_text : "";
}

void es_set_prompt(EditLine *el, const char *text) {
  char *copy = strdup(text ? text : "");
  if (copy == NULL) return;
  free(es_prompt_text);
  es_prompt_text = copy;
  el_set(el, EL_PROMPT, es_prompt);
}

void es_set_editor(EditLine *el, const char *name) { el_set(el, EL_EDITOR, name); }

void es_set_history(EditLine *el, History *h) { el_set(el, EL_HIST, history, h); }

void es_disable_tty_signals(EditLine *el) {
  el_set(el, EL_SETTY, "-d", "-isig", NULL);
}

static unsigned char es_on_interrupt(EditLine *el, int ch) {
  (void)el; (void)ch;
  es_interrupted = 1;
  return CC_NEWLINE;
}

void es_install_interrupt(EditLine *el) {
  el_set(el, EL_ADDFN, "sia-interrupt", "Cancel the current line", es_on_interrupt);
  el_set(el, EL_BIND, "^C", "sia-interrupt", NULL);
}

int es_take_interrupt(void) {
  int was = es_interrupted;
  es_interrupted = 0;
  return was;
}

void es_add_function(EditLine *el, const char *name, const char *help,
                     unsigned char (*fn)(EditLine *, int), const char *key) {
  el_set(el, EL_ADDFN, name, help, fn);
  el_set(el, EL_BIND, key, name, NULL);
}

void es_bind(EditLine *el, const char *key, const char *function) {
  el_set(el, EL_BIND, key, function, NULL);
}

int es_hist_setsize(History *h, int size) {
  HistEvent ev;
  return history(h, &ev, H_SETSIZE, size);
}

int es_hist_setunique(History *h, int unique) {
  HistEvent ev;
  return history(h, &ev, H_SETUNIQUE, unique);
}

int es_hist_enter(History *h, const char *line) {
  HistEvent ev;
  return history(h, &ev, H_ENTER, line);
}

int es_hist_load(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_LOAD, path);
}

int es_hist_save(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_SAVE, path);
}
