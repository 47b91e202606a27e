package com.voiceorder.shared.domain;

import java.util.List;

/**
 * A business rule was broken by the request: the caller can fix the input and try again (400).
 * The message is English (logs, API); a refusal of one of the common {@link Rule}s also carries the
 * rule and its bounds, so a user interface can word it in the user's language.
 */
public class DomainException extends RuntimeException {

    /** The common input rules, worded by user interfaces under {@code refusal.<key>} with the bounds as arguments. */
    public enum Rule {
        REQUIRED, TOO_LONG, AT_LEAST, BETWEEN, NOT_NEGATIVE, POSITIVE, EMAIL;

        /** The wording's key: {@code refusal.too-long}. */
        public String key() {
            return "refusal." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final String field;
    private final Rule rule;
    private final List<Object> bounds;

    public DomainException(String message) {
        this(null, message);
    }

    public DomainException(String field, String message) {
        this(field, message, null);
    }

    public DomainException(String field, String message, Rule rule, Object... bounds) {
        super(message);
        this.field = field;
        this.rule = rule;
        this.bounds = List.of(bounds);
    }

    /** The input field at fault, when one is; null otherwise. */
    public String field() {
        return field;
    }

    /** The common rule broken, or null for a rule of its own (then only the message says it). */
    public Rule rule() {
        return rule;
    }

    /** The rule's bounds (a maximum length, a minimum, a range), in the order of its wording. */
    public List<Object> bounds() {
        return bounds;
    }
}
