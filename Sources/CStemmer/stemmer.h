// Snowball's C library (Debian libstemmer-dev).
#include <libstemmer.h>
