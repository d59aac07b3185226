package org.factdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.factdrill.bank.BankCodec;
import org.factdrill.bank.QuestionBank;
import org.factdrill.testing.TestBanks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading bank files with the cache of banks already validated against the schema. */
class BankSourcesTest {

  @TempDir Path dir;

  private Path home() {
    return dir.resolve("home");
  }

  private List<Path> remembered() throws Exception {
    Path folder = home().resolve(ValidatedBanks.FOLDER);
    if (!Files.isDirectory(folder)) return List.of();
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }

  private List<Path> notes() throws Exception {
    Path folder = home().resolve(ValidatedBanks.FOLDER).resolve(ValidatedBanks.FILES);
    if (!Files.isDirectory(folder)) return List.of();
    try (Stream<Path> s = Files.list(folder)) {
      return s.toList();
    }
  }

  /** Counts a file written a moment ago as settled, as it would be two seconds later. */
  private ValidatedBanks settledNow() {
    return ValidatedBanks.in(home(), -60_000);
  }

  @Test
  void aValidBankIsRememberedAfterItsFirstLoadAndLoadsTheSameAfterwards() throws Exception {
    Path file = TestBanks.write(dir, TestBanks.libya());
    QuestionBank first = BankSources.loadFile(file, ValidatedBanks.in(home()));
    assertThat(first).isEqualTo(TestBanks.libya());
    assertThat(remembered()).hasSize(1);
    assertThat(remembered().get(0).getFileName().toString())
        .endsWith(ValidatedBanks.sha256(Files.readAllBytes(file)));
    assertThat(BankSources.loadFile(file, ValidatedBanks.in(home()))).isEqualTo(first);
    assertThat(remembered()).hasSize(1);
  }

  @Test
  void aBankThatFailsTheSchemaIsRejectedEveryTimeAndNeverRemembered() throws Exception {
    // A question id the question records accept but the schema's pattern does not: only the schema catches it.
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, BankCodec.write(TestBanks.libya()).replace("\"q-00000001\"", "\"q-XYZ\""));
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> BankSources.loadFile(bad, ValidatedBanks.in(home())))
          .isInstanceOf(CommandFailure.class)
          .hasMessageStartingWith(bad + ": line ").hasMessageContaining(": at $.questions[0].id: ");
    }
    assertThat(remembered()).isEmpty();
  }

  @Test
  void aBankChangedAfterItWasValidatedIsValidatedAgain() throws Exception {
    Path file = TestBanks.write(dir, TestBanks.libya());
    BankSources.loadFile(file, ValidatedBanks.in(home()));
    Files.writeString(file, BankCodec.write(TestBanks.libya()).replace("\"q-00000001\"", "\"q-XYZ\""));
    assertThatThrownBy(() -> BankSources.loadFile(file, ValidatedBanks.in(home())))
        .hasMessageStartingWith(file + ": line ").hasMessageContaining(": at $.questions[0].id: ");
  }

  @Test
  void aRememberedDigestIsWhatSkipsTheSchemaPass() throws Exception {
    // The same schema-invalid bytes as above, marked as validated by hand: the schema pass is skipped,
    // which is the whole point of the cache (and why only a bank that passed is ever marked).
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, BankCodec.write(TestBanks.libya()).replace("\"q-00000001\"", "\"q-XYZ\""));
    Path good = TestBanks.write(dir, TestBanks.libya());
    BankSources.loadFile(good, ValidatedBanks.in(home()));
    Path entry = remembered().get(0);
    String name = entry.getFileName().toString();
    Files.move(entry, entry.resolveSibling(name.substring(0, name.indexOf('-') + 1) + ValidatedBanks.sha256(Files.readAllBytes(bad))));
    assertThat(BankSources.loadFile(bad, ValidatedBanks.in(home())).questions().get(0).id()).isEqualTo("q-XYZ");
    assertThatThrownBy(() -> BankSources.loadFile(bad, ValidatedBanks.NONE)).hasMessageStartingWith(bad + ": line ").hasMessageContaining(": at $.questions[0].id: ");
  }

  @Test
  void brokenJsonAndNonUtf8GiveTheSameMessagesWithTheCache() throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\n  \"id\": ,");
    assertThatThrownBy(() -> BankSources.loadFile(broken, ValidatedBanks.in(home()))).hasMessageStartingWith(broken + ": line 2, column");
    Path accented = dir.resolve("accented.json");
    Files.writeString(accented, "{\"title\": \"Ban Ki-m\u00f6on \u2018x\u2019\", \"id\": ,}");
    assertThat(messageOf(() -> BankSources.loadFile(accented, ValidatedBanks.in(home()))))
        .isEqualTo(messageOf(() -> BankSources.loadFile(accented, ValidatedBanks.NONE)))
        .startsWith(accented + ": line 1, column 36: ");
    Path latin1 = dir.resolve("latin1.json");
    Files.write(latin1, BankCodec.write(TestBanks.libya()).replace("Ban Ki-moon", "Ban Ki-m\u00f6on").getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> BankSources.loadFile(latin1, ValidatedBanks.in(home())))
        .hasMessage(latin1 + ": not a bank (the file is not UTF-8 text)");
    assertThat(remembered()).isEmpty();
  }

  @Test
  void aByteOrderMarkOrUtf16IsRejectedAsWithoutTheCache() throws Exception {
    String json = BankCodec.write(TestBanks.libya());
    Path bom = dir.resolve("bom.json");
    Files.write(bom, ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8));
    Path utf16 = dir.resolve("utf16.json");
    Files.write(utf16, json.getBytes(StandardCharsets.UTF_16LE));
    for (Path file : List.of(bom, utf16)) {
      String without = messageOf(() -> BankSources.loadFile(file, ValidatedBanks.NONE));
      assertThat(without).startsWith(file + ": ");
      assertThat(messageOf(() -> BankSources.loadFile(file, ValidatedBanks.in(home())))).isEqualTo(without);
    }
    assertThat(remembered()).isEmpty();
  }

  private static String messageOf(Runnable load) {
    try {
      load.run();
      return "loaded";
    } catch (CommandFailure e) {
      return e.getMessage();
    }
  }

  @Test
  void aCacheFolderThatCannotBeMadeOnlyMeansValidatingEachTime() throws Exception {
    // A file where the folder belongs (permissions would not stop root, who runs some test machines).
    Files.createDirectories(home());
    Path blocker = Files.writeString(home().resolve(ValidatedBanks.FOLDER), "not a folder");
    Path file = TestBanks.write(dir, TestBanks.libya());
    assertThat(BankSources.loadFile(file, ValidatedBanks.in(home()))).isEqualTo(TestBanks.libya());
    assertThat(BankSources.loadFile(file, ValidatedBanks.in(home()))).isEqualTo(TestBanks.libya());
    assertThat(Files.readString(blocker)).isEqualTo("not a folder");
  }

  @Test
  void aSettledFileHasItsDigestNotedWithItsSizeTimesAndInode() throws Exception {
    Path file = TestBanks.write(dir, TestBanks.libya());
    BankSources.loadFile(file, settledNow());
    assertThat(notes()).hasSize(1);
    String sha256 = ValidatedBanks.sha256(Files.readAllBytes(file));
    assertThat(Files.readString(notes().get(0))).startsWith(file.toAbsolutePath() + "\n" + Files.size(file) + " ").endsWith(" " + sha256 + "\n");
    assertThat(settledNow().validatedDigest(file, ValidatedBanks.stamp(file))).isEqualTo(sha256);
    assertThat(BankSources.loadFile(file, settledNow())).isEqualTo(TestBanks.libya());
  }

  @Test
  void aFileJustWrittenIsNotNotedYet() throws Exception {
    Path file = TestBanks.write(dir, TestBanks.libya());
    BankSources.loadFile(file, ValidatedBanks.in(home()));
    assertThat(remembered()).hasSize(1);
    assertThat(notes()).isEmpty();
  }

  @Test
  void aNotedFileRewrittenWithTheSameSizeIsValidatedAgain() throws Exception {
    Path file = TestBanks.write(dir, TestBanks.libya());
    BankSources.loadFile(file, settledNow());
    String same = BankCodec.write(TestBanks.libya()).replace("\"q-00000001\"", "\"q-0000000X\"");
    assertThat(same).hasSameSizeAs(BankCodec.write(TestBanks.libya()));
    Files.writeString(file, same);
    assertThatThrownBy(() -> BankSources.loadFile(file, settledNow())).hasMessageStartingWith(file + ": line ").hasMessageContaining(": at $.questions[0].id: ");
  }

  @Test
  void aNoteIsTrustedOnlyWhileItsDigestIsStillAValidatedOne() throws Exception {
    Path file = TestBanks.write(dir, TestBanks.libya());
    BankSources.loadFile(file, settledNow());
    for (Path entry : remembered()) Files.delete(entry);
    assertThat(settledNow().validatedDigest(file, ValidatedBanks.stamp(file))).isNull();
    assertThat(BankSources.loadFile(file, settledNow())).isEqualTo(TestBanks.libya());
    assertThat(remembered()).hasSize(1);
  }

  @Test
  void aBankInsideAJarIsNotedByTheJarsStampAndValidatedAgainWhenTheJarChanges() throws Exception {
    Path jar = dir.resolve("factdrill.jar");
    writeJar(jar, BankCodec.write(TestBanks.libya()));
    assertThat(BankSources.packagedIn(jar, settledNow())).containsExactly(TestBanks.libya());
    assertThat(notes()).hasSize(1);
    assertThat(Files.readString(notes().get(0))).startsWith(jar.toAbsolutePath() + "!/" + BankSources.PACKAGED + "/libya-small.json\n");
    assertThat(BankSources.packagedIn(jar, settledNow())).containsExactly(TestBanks.libya());

    // The same entry, now failing the schema only: the jar's stamp moved, so it is validated again.
    writeJar(jar, BankCodec.write(TestBanks.libya()).replace("\"q-00000001\"", "\"q-XYZ\""));
    assertThatThrownBy(() -> BankSources.packagedIn(jar, settledNow())).hasMessageContaining("at $.questions[0].id: ");
  }

  private static void writeJar(Path jar, String bank) throws Exception {
    Path temp = jar.resolveSibling("new.jar");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(temp))) {
      out.putNextEntry(new java.util.zip.ZipEntry(BankSources.PACKAGED + "/libya-small.json"));
      out.write(bank.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    Files.move(temp, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void theOldestEntriesGoOnceTheFolderIsFull() throws Exception {
    var known = ValidatedBanks.in(home());
    for (int i = 0; i < ValidatedBanks.KEEP + 5; i++) known.remember(ValidatedBanks.sha256(new byte[] {(byte) i, (byte) (i >> 8)}));
    assertThat(remembered()).hasSize(ValidatedBanks.KEEP);
  }

  @Test
  void withNoBankNamedTheLibraryComesFirstThenQuestionBanksThenThePackagedBank() throws Exception {
    Path work = Files.createDirectory(dir.resolve("work"));
    List<QuestionBank> packaged = BankSources.load(List.of(), home(), work);
    assertThat(packaged).isNotEmpty().allSatisfy(b -> assertThat(b.id()).isNotEqualTo(TestBanks.libya().id()));

    var project = new QuestionBank("project-bank", "Project", TestBanks.libya().article(), TestBanks.libya().questions());
    TestBanks.write(Files.createDirectory(work.resolve("question-banks")), project);
    assertThat(BankSources.load(List.of(), home(), work)).extracting(QuestionBank::id).containsExactly("project-bank");

    Files.createDirectories(BankSources.library(home()));
    assertThat(BankSources.load(List.of(), home(), work)).as("an empty library is passed over").extracting(QuestionBank::id)
        .containsExactly("project-bank");
    TestBanks.write(BankSources.library(home()), TestBanks.libya());
    assertThat(BankSources.load(List.of(), home(), work)).containsExactly(TestBanks.libya());
  }

  @Test
  void aBankOfTheLibraryCanBeNamedByItsId() throws Exception {
    Path file = TestBanks.write(Files.createDirectories(BankSources.library(home())), TestBanks.libya());
    String id = file.getFileName().toString().replace(".json", "");
    Path work = Files.createDirectory(dir.resolve("work"));
    assertThat(BankSources.load(List.of(Path.of(id)), home(), work)).containsExactly(TestBanks.libya());
    assertThat(BankSources.loadOne(Path.of(id + ".json"), home(), work)).isEqualTo(TestBanks.libya());
    assertThat(BankSources.loadOne(null, home(), work)).isEqualTo(TestBanks.libya());
  }

  @Test
  void oneBankWantedFromADefaultHoldingSeveralIsAUsageErrorNamingThem() throws Exception {
    Path library = Files.createDirectories(BankSources.library(home()));
    TestBanks.write(library, TestBanks.libya());
    TestBanks.write(library, new QuestionBank("other", "Other", TestBanks.libya().article(), TestBanks.libya().questions()));
    assertThatThrownBy(() -> BankSources.loadOne(null, home(), dir))
        .isInstanceOf(UsageException.class).hasMessageContaining("name one (").hasMessageContaining("other");
  }
}
