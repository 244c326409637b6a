package org.bastion.indicators;

/**
 * A sentence of the work report (工作简报) that carries figures: its template names indicators in
 * braces, e.g. {@code 全县{pairing.n1.cadres}名党员干部结对{pairing.n1.households}户贫困户}; the report fills
 * them with the values of its scope and period.
 *
 * @param module the contributing module, for the report's section
 * @param order its place within the module's sentences
 */
public record ReportSentence(String module, int order, Text template) {
}
