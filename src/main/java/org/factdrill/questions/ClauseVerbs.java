package org.factdrill.questions;

import java.util.Map;

/** Irregular past tenses and their base forms, for questions that invert the verb ("did ... meet"). */
final class ClauseVerbs {
  private ClauseVerbs() {}

  static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("said", "say"), Map.entry("told", "tell"), Map.entry("met", "meet"), Map.entry("made", "make"),
      Map.entry("took", "take"), Map.entry("gave", "give"), Map.entry("sent", "send"), Map.entry("led", "lead"),
      Map.entry("held", "hold"), Map.entry("left", "leave"), Map.entry("won", "win"), Map.entry("lost", "lose"),
      Map.entry("began", "begin"), Map.entry("came", "come"), Map.entry("went", "go"), Map.entry("saw", "see"),
      Map.entry("got", "get"), Map.entry("spoke", "speak"), Map.entry("wrote", "write"), Map.entry("brought", "bring"),
      Map.entry("thought", "think"), Map.entry("fought", "fight"), Map.entry("sought", "seek"), Map.entry("kept", "keep"),
      Map.entry("found", "find"), Map.entry("paid", "pay"), Map.entry("sold", "sell"), Map.entry("stood", "stand"),
      Map.entry("became", "become"), Map.entry("chose", "choose"), Map.entry("drew", "draw"), Map.entry("flew", "fly"),
      Map.entry("grew", "grow"), Map.entry("knew", "know"), Map.entry("rose", "rise"), Map.entry("fell", "fall"),
      Map.entry("struck", "strike"), Map.entry("withheld", "withhold"), Map.entry("upheld", "uphold"),
      Map.entry("built", "build"), Map.entry("heard", "hear"), Map.entry("withdrew", "withdraw"), Map.entry("had", "have"),
      Map.entry("has", "have"), Map.entry("does", "do"), Map.entry("goes", "go"));
}
