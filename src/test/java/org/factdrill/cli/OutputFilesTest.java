package org.factdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attack: export -o onto a FIFO or a device replaced it with a regular file (as root, /dev/full was destroyed). */
class OutputFilesTest {
  private static final String SAMPLE = CliRun.GOLDEN.resolve("sample.bank.json").toString();

  @TempDir Path dir;

  @Test
  void exportOntoAFifoLeavesTheFifoAndItsReaderGetsTheExport() throws Exception {
    Path fifo = dir.resolve("pipe");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (java.io.IOException e) {
      assumeTrue(false, "mkfifo is not available here");
      return;
    }
    assertThat(mkfifo.waitFor()).isZero();
    // The reader opens the FIFO first (its open blocks until the writer comes).
    CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = Files.newInputStream(fifo)) {
        var out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    CliRun r = CliRun.of("export", SAMPLE, "--format", "json", "-o", fifo.toString());
    // Had a failed export never opened the FIFO, the reader would wait for a writer forever: be that writer (it adds nothing).
    if (r.code() != 0 && !read.isDone()) Files.newOutputStream(fifo).close();
    byte[] got = read.get();
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(new String(got, java.nio.charset.StandardCharsets.UTF_8)).startsWith("{").contains("\"questions\"");
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(Files.exists(fifo)).isTrue();
    try (var siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()).toList()).containsExactly("pipe");
    }
  }

  @Test
  void exportOntoADeviceWritesToItAndLeavesIt() {
    assumeTrue(Files.exists(Path.of("/dev/null")));
    CliRun r = CliRun.of("export", SAMPLE, "--format", "gift", "-o", "/dev/null");
    assertThat(r.code()).isZero();
    assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    if (Files.exists(Path.of("/dev/full"))) {
      CliRun full = CliRun.of("export", SAMPLE, "--format", "json", "-o", "/dev/full");
      assertThat(full.code()).isEqualTo(1);
      assertThat(full.err()).startsWith("factdrill: cannot write /dev/full: ").doesNotContain("Exception");
      assertThat(Files.isRegularFile(Path.of("/dev/full"))).isFalse();
    }
  }

  @Test
  void dashIsStandardOutputAndAFolderIsRefusedInOneLine() throws Exception {
    CliRun dash = CliRun.of("export", SAMPLE, "--format", "json", "-o", "-");
    assertThat(dash.code()).isZero();
    assertThat(dash.out()).startsWith("{");
    assertThat(Files.exists(Path.of("-"))).isFalse();
    CliRun folder = CliRun.of("export", SAMPLE, "--format", "json", "-o", dir.toString());
    assertThat(folder.code()).isEqualTo(1);
    assertThat(folder.err()).isEqualTo("factdrill: " + dir + ": is a folder; give a file name\n");
  }
}
