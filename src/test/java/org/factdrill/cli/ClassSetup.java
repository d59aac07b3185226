package org.factdrill.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdrill.classroom.ClassFixtures;
import org.factdrill.classroom.ClassKey;
import org.factdrill.classroom.ClassQuiz;
import org.factdrill.classroom.KeyCodec;
import org.factdrill.classroom.PaperCodec;
import org.factdrill.classroom.QuestionPaper;
import org.factdrill.classroom.Student;

/** A class quiz as class create leaves it: the paper in a file, the key in the teacher's data folder. */
record ClassSetup(Path quizFile, QuestionPaper paper, ClassKey key) {

  static ClassSetup write(Path quizFile, Path teacherHome, ClassQuiz quiz, List<Student> roster) throws Exception {
    QuestionPaper paper = ClassFixtures.paper(quiz, roster);
    ClassKey key = ClassFixtures.key(quiz, roster);
    Files.createDirectories(quizFile.toAbsolutePath().getParent());
    Files.writeString(quizFile, PaperCodec.write(paper));
    Path keyFile = teacherHome.resolve("class-keys").resolve(quiz.code() + ".json");
    Files.createDirectories(keyFile.getParent());
    Files.writeString(keyFile, KeyCodec.write(key));
    return new ClassSetup(quizFile, paper, key);
  }

  /** The letter a student types for an option of a question, in their own order. */
  String letter(Student s, String questionId, String option) {
    var q = paper.question(questionId).orElseThrow();
    int i = q.optionsFor(paper.code(), s, paper.settings().shuffleOptions()).indexOf(option);
    if (i < 0) throw new IllegalArgumentException("no option " + option + " in " + questionId);
    return String.valueOf((char) ('a' + i));
  }

  /** The 1-based position of an item as a student sees it (ordering). */
  int number(Student s, String questionId, String option) {
    var q = paper.question(questionId).orElseThrow();
    return q.optionsFor(paper.code(), s, paper.settings().shuffleOptions()).indexOf(option) + 1;
  }
}
