package uk.safeguardcases.application.reports;

/**
 * A document on its way out of the product: sent (a referral pack, a subject access answer) or published (an annual
 * report, a board's export). {@code kind} names what it is, in capitals ({@code REFERRAL_PACK}), each producer its own;
 * {@code reference} the case or request it is about, or null; {@code content} the bytes as laid out.
 */
public record OutgoingDocument(String kind, String reference, byte[] content) {
}
