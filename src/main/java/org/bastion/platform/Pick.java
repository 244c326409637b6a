package org.bastion.platform;

/**
 * One match of a picker (选择器): the value a form sends (an id or a code, never shown as the name),
 * the name shown and chosen, and what tells two of one name apart (the organization path, the village,
 * the masked ID tail).
 */
public record Pick(String value, String label, String detail) {
}
