package dev.aksnet.diff;

import java.util.Optional;

/**
 * One entry of the knowledge {@code aksnet diff} applies: what a kind of change does, its source and when it was read.
 *
 * @param id          a stable name ({@code SERVICE_CIDR})
 * @param impact      the class for Bicep and azapi, which send AKS the new request (what AKS itself does)
 * @param azurerm     the class for azurerm Terraform when it differs: the provider forces replacement of a resource AKS
 *                    could change, or rotates a pool
 * @param reason      why, and what to do instead when refused
 * @param source      where the fact comes from
 * @param checked     when the source was read (year-month)
 * @param unconfirmed whether the fact is not confirmed from a primary source (printed as such)
 */
public record ChangeFact(String id, Impact impact, Optional<Impact> azurerm, String reason, String source, String checked,
                         boolean unconfirmed) {
    /** The class for a target: azurerm's own where it differs. */
    public Impact impactFor(boolean azurermTarget) {
        return azurermTarget ? azurerm.orElse(impact) : impact;
    }

    /** The worse of the two classes: what a reviewer must plan for when the target is not known. */
    public Impact worst() {
        return azurerm.filter(a -> a.compareTo(impact) > 0).orElse(impact);
    }
}
