package org.factdrill.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest; "dev" when run from classes. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"factdrill " + (v == null ? "dev" : v)};
  }
}
