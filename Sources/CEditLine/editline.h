// The native libedit API (histedit.h). Not GNU readline: libedit is BSD-licensed.
#include <stdio.h>
#include <histedit.h>
