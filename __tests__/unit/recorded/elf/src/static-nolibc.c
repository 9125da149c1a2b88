/* A static executable without a C library: no interpreter, no dynamic section. */
void _start(void) {
  __asm__ volatile("mov $60, %eax\n\txor %edi, %edi\n\tsyscall");
}
