#include <stdio.h>
#include <stddef.h>
/* Weak reference: the program runs whether or not the C library has getentropy. */
extern int getentropy(void *buffer, size_t length) __attribute__((weak));
int main(void) {
  unsigned char b[4];
  puts(getentropy != NULL && getentropy(b, sizeof b) == 0 ? "entropy" : "no entropy");
  return 0;
}
