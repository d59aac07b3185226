package org.factdrill.classroom;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The teacher's answer key as JSON, bound by Jackson: the whole quiz under {@code $.quiz} (in the
 * form version 1 quiz files had), the digest of the paper it belongs to, the roster and the
 * secret of the personal codes.
 */
public final class KeyCodec {
  private KeyCodec() {}

  public static final String FORMAT = "factdrill-class-key";
  public static final int SCHEMA_VERSION = 1;

  record KeyJson(String format, Integer schemaVersion, String paper, ClassQuizCodec.QuizJson quiz, List<StudentJson> roster, String secret) {}

  record StudentJson(String name, String id) {}

  public static String write(ClassKey key) {
    var roster = new ArrayList<StudentJson>();
    for (Student s : key.roster()) roster.add(new StudentJson(s.name(), s.id()));
    return Json.write(new KeyJson(FORMAT, SCHEMA_VERSION, key.paperDigest(), ClassQuizCodec.toJson(key.quiz()), roster,
        Base64.getEncoder().encodeToString(key.secret())));
  }

  public static ClassKey read(String json, String file) throws ClassFileException {
    var root = Json.tree(json, file);
    String format = root.path("format").asText("");
    if (!FORMAT.equals(format)) throw new ClassFileException(file, "$.format", "not a factdrill answer key (expected \"" + FORMAT + "\")");
    KeyJson k = Json.bind(root, KeyJson.class, file);
    if (Json.need(k.schemaVersion(), "$.schemaVersion", file) != SCHEMA_VERSION) {
      throw new ClassFileException(file, "$.schemaVersion", "this factdrill reads answer key version " + SCHEMA_VERSION + ", the file has " + k.schemaVersion());
    }
    ClassQuiz quiz = ClassQuizCodec.fromJson(Json.need(k.quiz(), "$.quiz", file), "$.quiz", file);
    var roster = new ArrayList<Student>();
    List<StudentJson> list = k.roster() == null ? List.of() : k.roster();
    for (int i = 0; i < list.size(); i++) {
      try {
        roster.add(new Student(Json.need(list.get(i).name(), "$.roster[" + i + "].name", file), list.get(i).id()));
      } catch (IllegalArgumentException e) {
        throw new ClassFileException(file, "$.roster[" + i + "]", e.getMessage());
      }
    }
    byte[] secret;
    try {
      secret = Base64.getDecoder().decode(Json.need(k.secret(), "$.secret", file));
    } catch (IllegalArgumentException e) {
      throw new ClassFileException(file, "$.secret", "expected base64 text");
    }
    try {
      return new ClassKey(quiz, Json.need(k.paper(), "$.paper", file), roster, secret);
    } catch (IllegalArgumentException e) {
      throw new ClassFileException(file, "$", e.getMessage());
    }
  }
}
