package org.factdrill.cli;

import java.util.Map;

/** Whose scores: --user, else $USER, else "me". */
final class Users {
  private Users() {}

  static String resolve(String given, Map<String, String> env) {
    if (given != null) {
      String u = given.strip();
      if (u.isEmpty()) throw new UsageException("--user needs a name");
      if (u.length() > 100) throw new UsageException("--user name is too long (at most 100 characters)");
      return u;
    }
    String fromEnv = env.get("USER");
    return fromEnv == null || fromEnv.isBlank() ? "me" : fromEnv.strip();
  }
}
