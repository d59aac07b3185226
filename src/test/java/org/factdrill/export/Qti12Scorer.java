package org.factdrill.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Scores a response to one QTI 1.2 {@code <item>} by QTI 1.2's own rules (IMS QTI ASI 1.2,
 * resprocessing), not by the Canvas question type: the {@code respcondition}s in order; one whose
 * {@code conditionvar} holds applies its {@code setvar}s and {@code displayfeedback}s, and processing
 * stops there unless it says {@code continue="Yes"} (the default is "No"). Several conditions
 * directly in a {@code conditionvar} must all hold; {@code <other/>} holds when no condition before
 * it did. Only what the Canvas export writes is read: varequal, and, or, not, other; Set and Add.
 */
final class Qti12Scorer {
  private Qti12Scorer() {}

  /** The outcome: the SCORE variable and the feedback identifiers shown. */
  record Outcome(double score, List<String> feedback) {}

  /** @param response the chosen label identifiers (or the typed text) by response identifier */
  static Outcome score(Element item, Map<String, Set<String>> response) {
    double score = 0;
    var feedback = new ArrayList<String>();
    boolean anyHeld = false;
    Element resprocessing = child(item, "resprocessing");
    for (Element condition : children(resprocessing, "respcondition")) {
      boolean holds = allHold(child(condition, "conditionvar"), response, anyHeld);
      if (!holds) continue;
      anyHeld = true;
      for (Element set : children(condition, "setvar")) {
        double value = Double.parseDouble(set.getTextContent().strip());
        switch (set.getAttribute("action").isEmpty() ? "Set" : set.getAttribute("action")) {
          case "Set" -> score = value;
          case "Add" -> score += value;
          default -> throw new IllegalStateException("setvar action " + set.getAttribute("action") + " not read here");
        }
      }
      for (Element show : children(condition, "displayfeedback")) feedback.add(show.getAttribute("linkrefid"));
      if (!"Yes".equals(condition.getAttribute("continue"))) break;
    }
    return new Outcome(score, feedback);
  }

  private static boolean allHold(Element parent, Map<String, Set<String>> response, boolean anyHeld) {
    for (Element test : elementChildren(parent)) if (!holds(test, response, anyHeld)) return false;
    return true;
  }

  private static boolean holds(Element test, Map<String, Set<String>> response, boolean anyHeld) {
    return switch (test.getLocalName()) {
      case "varequal" -> {
        Set<String> given = response.getOrDefault(test.getAttribute("respident"), Set.of());
        String value = test.getTextContent();
        // Canvas compares typed answers without case; labels are numbers, where case does not arise.
        yield given.stream().anyMatch(g -> g.equalsIgnoreCase(value));
      }
      case "and" -> allHold(test, response, anyHeld);
      case "or" -> elementChildren(test).stream().anyMatch(t -> holds(t, response, anyHeld));
      case "not" -> !allHold(test, response, anyHeld);
      case "other" -> !anyHeld;
      default -> throw new IllegalStateException("condition <" + test.getLocalName() + "> not read here");
    };
  }

  static Element child(Element parent, String localName) {
    return children(parent, localName).get(0);
  }

  static List<Element> children(Element parent, String localName) {
    return elementChildren(parent).stream().filter(e -> e.getLocalName().equals(localName)).toList();
  }

  private static List<Element> elementChildren(Element parent) {
    var out = new ArrayList<Element>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Element e) out.add(e);
    return out;
  }
}
