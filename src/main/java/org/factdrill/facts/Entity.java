package org.factdrill.facts;

import java.util.List;

/**
 * A person, organisation, country, place, news outlet or facility named in the article. {@code name}
 * is the fullest form the article gives; {@code aliases} are the other forms that name it (surname,
 * acronym, "the US"); {@code role} is a person's office as the article states it, when it does;
 * {@code party} ("Republican", "Democrat") and {@code home} (a US state) when the article says them.
 */
public record Entity(String name, EntityKind kind, List<String> aliases, String role, String country, String location,
    String party, String home) {
  public Entity {
    aliases = List.copyOf(aliases);
  }

  public boolean isNamed(String text) {
    if (name.equalsIgnoreCase(text)) return true;
    for (String a : aliases) if (a.equalsIgnoreCase(text)) return true;
    return false;
  }
}
