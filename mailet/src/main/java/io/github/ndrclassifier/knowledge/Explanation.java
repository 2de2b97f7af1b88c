package io.github.ndrclassifier.knowledge;

import java.util.Objects;

/**
 * What the knowledge base says about one classified recipient.
 *
 * @param entry       the id of the knowledge entry that matched (e.g. {@code 5.1.1},
 *                    {@code exo-5.7.1-relay})
 * @param summary     one line saying what happened
 * @param cause       the likely cause
 * @param fix         what to do
 * @param fixOwner    who must act
 * @param generatedBy where in the mail flow the failure was generated
 */
public record Explanation(String entry, String summary, String cause, String fix, FixOwner fixOwner,
                          GeneratedBy generatedBy) {
    public Explanation {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(fixOwner, "fixOwner");
        Objects.requireNonNull(generatedBy, "generatedBy");
    }
}
