package org.factdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  private static final String SAMPLE = CliRun.GOLDEN.resolve("sample.bank.json").toString();

  @TempDir Path dir;

  @Test
  void writesTheFileAndCountsWrittenAndSkippedQuestions() throws Exception {
    Path out = dir.resolve("quiz.gift");
    CliRun r = CliRun.of("export", SAMPLE, "--format", "gift", "-o", out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out)).isEqualTo(Files.readString(CliRun.GOLDEN.resolve("sample/gift.gift")));
    assertThat(r.err()).contains("factdrill: warning: skipped q-bd23bf14: GIFT has no ordering question")
        .endsWith("wrote 8 questions, skipped 1\n");
    assertThat(Files.list(dir)).containsExactly(out);
  }

  @Test
  void withoutOutputATextFormatGoesToStandardOutput() throws Exception {
    CliRun r = CliRun.of("export", SAMPLE, "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(Files.readString(CliRun.GOLDEN.resolve("sample/json.json")));
    assertThat(r.err()).isEqualTo("wrote 9 questions, skipped 0\n");
  }

  @Test
  void typesIdsAndLimitChooseTheQuestions() {
    CliRun r = CliRun.of("export", SAMPLE, "--format", "gift", "--types", "true_false,ordering", "-n", "2");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("::q-1ade75d3::").contains("::q-6f36c016::").doesNotContain("::q-4afa402f::");
    assertThat(r.err()).endsWith("wrote 2 questions, skipped 0\n");
    CliRun one = CliRun.of("export", SAMPLE, "--format", "gift", "--ids", "q-8119bc26");
    assertThat(one.out()).contains("::q-8119bc26::").contains("{#");
    assertThat(one.err()).isEqualTo("wrote 1 question, skipped 0\n");
  }

  @Test
  void anUnknownFormatIsAUsageErrorListingTheKnownOnes() {
    CliRun r = CliRun.of("export", SAMPLE, "--format", "docx");
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).startsWith("factdrill: unknown format \"docx\"; known: json, gift").doesNotContain("Exception");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void anUnknownTypeOrIdIsAUsageError() {
    assertThat(CliRun.of("export", SAMPLE, "--format", "gift", "--types", "essay").err())
        .startsWith("factdrill: unknown question type \"essay\"; known: multiple_choice");
    CliRun r = CliRun.of("export", SAMPLE, "--format", "gift", "--ids", "q-12345678");
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("no question with id q-12345678 in the bank");
  }

  @Test
  void aBankWithNothingTheFormatCanHoldFailsAndWritesNoFile() {
    Path out = dir.resolve("order.gift");
    CliRun r = CliRun.of("export", SAMPLE, "--format", "gift", "--types", "ordering", "-o", out.toString());
    assertThat(r.code()).isEqualTo(Main.FAILURE);
    assertThat(r.err()).contains("factdrill: warning: skipped q-bd23bf14: GIFT has no ordering question")
        .contains("factdrill: nothing written: gift can hold none of the 1 question chosen");
    assertThat(out).doesNotExist();
  }

  @Test
  void anUnwritableOutputFailsInOneLineAndKeepsTheOldFile() throws Exception {
    CliRun missing = CliRun.of("export", SAMPLE, "--format", "gift", "-o", dir.resolve("no/such/folder/q.gift").toString());
    assertThat(missing.code()).isEqualTo(Main.FAILURE);
    assertThat(missing.err()).contains("factdrill: cannot write").contains("does not exist");

    Path file = Files.writeString(dir.resolve("plain-file"), "x");
    CliRun underFile = CliRun.of("export", SAMPLE, "--format", "gift", "-o", file.resolve("q.gift").toString());
    assertThat(underFile.code()).isEqualTo(Main.FAILURE);
    assertThat(underFile.err()).isEqualTo("factdrill: cannot write " + file.resolve("q.gift") + ": " + file + " is not a folder\n");

    // A folder where no file can be made, even by root.
    CliRun proc = CliRun.of("export", SAMPLE, "--format", "json", "-o", "/proc/factdrill-test.gift");
    assertThat(proc.code()).isEqualTo(Main.FAILURE);
    assertThat(proc.err()).startsWith("factdrill: cannot write /proc/factdrill-test.gift: ").doesNotContain("Exception");
    assertThat(proc.err().lines()).hasSize(1);

    // Permission denied. A read-only folder stops an ordinary user (and the old file must stay);
    // root (as CI runs) writes there anyway, but not in /sys, which refuses new files even to root.
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Path old = Files.writeString(locked.resolve("q.gift"), "old contents");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      boolean root = Files.isWritable(locked);
      Path target = root ? Path.of("/sys/factdrill-test.gift") : old;
      CliRun r = CliRun.of("export", SAMPLE, "--format", "gift", "-o", target.toString());
      assertThat(r.code()).isEqualTo(Main.FAILURE);
      assertThat(r.err().lines().filter(l -> !l.contains("warning: skipped"))).containsExactly(
          "factdrill: cannot write " + target + ": " + (root && !Files.isWritable(Path.of("/sys")) ? "Read-only file system" : "permission denied"));
      assertThat(Files.exists(target) && !target.equals(old)).isFalse();
      assertThat(Files.readString(old)).isEqualTo("old contents");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aLongFileNameThatTheSystemAllowsCanBeWritten() throws Exception {
    // 250 bytes is a legal name; the temporary file beside it must not push past the 255-byte limit.
    Path out = dir.resolve("q".repeat(245) + ".gift");
    CliRun r = CliRun.of("export", SAMPLE, "--format", "gift", "-o", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out)).isEqualTo(Files.readString(CliRun.GOLDEN.resolve("sample/gift.gift")));
    assertThat(Files.list(dir)).containsExactly(out);
  }

  @Test
  void aFolderAsOutputIsRefused() {
    CliRun r = CliRun.of("export", SAMPLE, "--format", "gift", "-o", dir.toString());
    assertThat(r.code()).isEqualTo(Main.FAILURE);
    assertThat(r.err()).contains("is a folder");
  }

  @Test
  void aMissingBankIsAOneLineFailure() {
    CliRun r = CliRun.of("export", dir.resolve("nope.json").toString(), "--format", "gift");
    assertThat(r.code()).isEqualTo(Main.FAILURE);
    assertThat(r.err()).contains("no such file");
  }

  @Test
  void theFormatIsRequired() {
    CliRun r = CliRun.of("export", SAMPLE);
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("--format");
  }

  @Test
  void bytesThatAreNotUtf8TextAreNotText() {
    assertThat(ExportCommand.isText("GIFT ~ 🦆 שלום".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isTrue();
    assertThat(ExportCommand.isText(new byte[] {'P', 'K', 3, 4, 0, 0})).isFalse();
    assertThat(ExportCommand.isText(new byte[] {(byte) 0xC3, (byte) 0x28})).isFalse();
  }
}
