package dev.aksnet.validation.rules;

import dev.aksnet.model.NodePool;
import dev.aksnet.model.OsSku;
import dev.aksnet.model.OsType;
import dev.aksnet.model.OutboundType;
import dev.aksnet.resolve.ResolvedSpec.PoolAt;
import dev.aksnet.validation.KubernetesVersions;
import dev.aksnet.validation.Report;
import dev.aksnet.validation.Rule;
import dev.aksnet.validation.RuleId;
import dev.aksnet.validation.ValidationContext;

/**
 * A pool's OS image and Windows' outbound NAT. RET = the Windows Server retirement notices (2019: no support since 1 March
 * 2026, images removed 1 April 2027; 2022: retires 30 June 2028); NATGW = AKS "Create a managed or user-assigned NAT
 * gateway" (nat-gateway.md: disable OutboundNAT for Windows, Kubernetes 1.26+, not with outbound type loadBalancer);
 * API = the agent pool's osSKU and osType.
 */
public final class PoolOsRules {
    private PoolOsRules() {
    }

    /** OS_SKU_MISMATCH (E; API): a Windows image on a Linux pool, or the other way. */
    public static final class OsSkuMismatch implements Rule {
        @Override
        public RuleId id() {
            return RuleId.OS_SKU_MISMATCH;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                OsSku sku = p.pool().osSku();
                if (sku != null && sku.os() != p.pool().os()) {
                    report.at(p.path() + ".osSku", "pool '" + p.pool().name() + "' is " + p.pool().os().specName() + " but its osSku "
                                    + sku.specName() + " is a " + sku.os().specName() + " image",
                            p.pool().os() == OsType.WINDOWS ? "use Windows2025 or Windows2022, or os: linux" : "use AzureLinux or Ubuntu, or os: windows");
                }
            }
        }
    }

    /** WINDOWS_SERVER_2019 (E; RET, OVL, POD): Windows Server 2019 pools lost support on 1 March 2026. */
    public static final class WindowsServer2019 implements Rule {
        @Override
        public RuleId id() {
            return RuleId.WINDOWS_SERVER_2019;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (p.pool().osSku() == OsSku.WINDOWS_2019) {
                    report.at(p.path() + ".osSku", "pool '" + p.pool().name() + "' runs Windows Server 2019, which AKS no longer supports "
                                    + "(since 1 March 2026; images removed 1 April 2027) and refuses with Kubernetes 1.33+, Azure CNI Overlay "
                                    + "and Azure CNI Pod Subnet", "use osSku: Windows2025 (or Windows2022)");
                }
            }
        }
    }

    /** WINDOWS_SERVER_2022 (W; RET): Windows Server 2022 pools retire on 30 June 2028. */
    public static final class WindowsServer2022 implements Rule {
        @Override
        public RuleId id() {
            return RuleId.WINDOWS_SERVER_2022;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                if (p.pool().osSku() == OsSku.WINDOWS_2022) {
                    report.at(p.path() + ".osSku", "pool '" + p.pool().name() + "' runs Windows Server 2022, which loses AKS support on "
                            + "30 June 2028 and cannot run Kubernetes 1.37+", "plan the move to osSku: Windows2025");
                }
            }
        }
    }

    /** The first Kubernetes minor version that lets a Windows pool disable its outbound NAT (NATGW). */
    static final int WINDOWS_OUTBOUND_NAT_MINOR = 26;

    /** WINDOWS_OUTBOUND_NAT (E; NATGW). */
    public static final class WindowsOutboundNat implements Rule {
        @Override
        public RuleId id() {
            return RuleId.WINDOWS_OUTBOUND_NAT;
        }

        @Override
        public void check(ValidationContext spec, Report report) {
            for (PoolAt p : spec.pools()) {
                NodePool pool = p.pool();
                if (!pool.windowsOutboundNatDisabled()) {
                    continue;
                }
                String at = p.path() + ".windowsOutboundNat";
                String version = p.cluster().cluster().kubernetesVersion();
                OutboundType outbound = p.cluster().cluster().network().effectiveOutbound();
                if (pool.os() != OsType.WINDOWS) {
                    report.at(at, "pool '" + pool.name() + "' is Linux: windowsOutboundNat applies to Windows pools only",
                            "remove windowsOutboundNat");
                } else if (outbound == OutboundType.LOAD_BALANCER) {
                    report.at(at, "Windows pool '" + pool.name() + "' disables its outbound NAT, but cluster '"
                                    + p.cluster().cluster().name() + "' egresses through the load balancer, which needs it",
                            "use outbound userAssignedNatGateway (or managedNatGateway, userDefinedRouting), or keep the outbound NAT");
                } else if (version != null && KubernetesVersions.minorOf(version).filter(m -> m < WINDOWS_OUTBOUND_NAT_MINOR).isPresent()) {
                    report.at(at, "Windows pool '" + pool.name() + "' disables its outbound NAT, which needs Kubernetes 1."
                            + WINDOWS_OUTBOUND_NAT_MINOR + " or later, not " + version, "use a supported Kubernetes version");
                }
            }
        }
    }
}
