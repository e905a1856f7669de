package dev.aksnet.validation;

/**
 * One rule of the catalogue: reads the model, reports what it finds, changes nothing and throws nothing for user
 * mistakes. A rule reports under its own id only.
 */
public interface Rule {
    RuleId id();

    void check(ValidationContext spec, Report report);
}
