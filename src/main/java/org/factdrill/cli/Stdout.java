package org.factdrill.cli;

/** Whether the process's standard output is a terminal (not a file or a pipe). */
final class Stdout {
  private Stdout() {}

  static boolean isTerminal() {
    try {
      return org.jline.nativ.CLibrary.isatty(1) == 1;
    } catch (Throwable nativeLibraryMissing) {
      // Without JLine's native library, Java only knows whether both stdin and stdout are a terminal.
      return System.console() != null;
    }
  }
}
