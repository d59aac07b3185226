package org.factdrill.cli;

import java.nio.file.Path;
import java.util.Map;

/** Where user data lives: $FACTDRILL_HOME, else $XDG_DATA_HOME/factdrill, else ~/.local/share/factdrill. */
public final class Home {
  private Home() {}

  public static Path resolve(Map<String, String> env) {
    String own = env.get("FACTDRILL_HOME");
    if (own != null && !own.isBlank()) return Path.of(own);
    String xdg = env.get("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "factdrill");
    String userHome = env.getOrDefault("HOME", System.getProperty("user.home"));
    return Path.of(userHome, ".local", "share", "factdrill");
  }
}
