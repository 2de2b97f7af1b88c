package io.github.ndrclassifier.james;

import jakarta.mail.MessagingException;

/** What the matchers on {@link ExplainBounce}'s attributes share. */
final class AttributeMatchers {
    private AttributeMatchers() {
    }

    /** Refuses a condition on a matcher that takes none, rather than silently ignoring it. */
    static void requireNoCondition(Class<?> matcher, String condition) throws MessagingException {
        if (condition != null && !condition.isBlank()) {
            throw new InitParameters(matcher.getSimpleName(), name -> null)
                    .error("takes no condition, but was given '" + condition + "'");
        }
    }
}
