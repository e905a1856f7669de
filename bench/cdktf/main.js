// The cluster of examples/overlay-windows/cluster.yaml in CDK for Terraform (the prebuilt azurerm bindings), synthesised
// to Terraform JSON: a resource group, a network with two subnets, an overlay cluster with a Linux system pool, a
// Windows pool and an autoscaling Linux pool. bench/cold_start.py times `node main.js OUT` beside `aksnet generate`.
// Resources are imported one module each, as the provider's documentation recommends for start-up time.
const { App, TerraformStack, TerraformVariable } = require("cdktf");
const { AzurermProvider } = require("@cdktf/provider-azurerm/lib/provider");
const { ResourceGroup } = require("@cdktf/provider-azurerm/lib/resource-group");
const { VirtualNetwork } = require("@cdktf/provider-azurerm/lib/virtual-network");
const { Subnet } = require("@cdktf/provider-azurerm/lib/subnet");
const { KubernetesCluster } = require("@cdktf/provider-azurerm/lib/kubernetes-cluster");
const { KubernetesClusterNodePool } = require("@cdktf/provider-azurerm/lib/kubernetes-cluster-node-pool");

class Shop extends TerraformStack {
  constructor(scope, id) {
    super(scope, id);
    new AzurermProvider(this, "azurerm", { features: [{}] });
    const tags = { env: "prod", owner: "shop" };
    const password = new TerraformVariable(this, "windows_admin_password", { type: "string", sensitive: true });
    const rg = new ResourceGroup(this, "rg", { name: "rg-shop-prod", location: "northeurope", tags });
    const vnet = new VirtualNetwork(this, "vnet", {
      name: "vnet-shop", location: rg.location, resourceGroupName: rg.name, addressSpace: ["10.20.0.0/16"], tags,
    });
    const subnet = (id, cidr) => new Subnet(this, id, {
      name: id, resourceGroupName: rg.name, virtualNetworkName: vnet.name, addressPrefixes: [cidr],
    });
    const system = subnet("system", "10.20.0.0/24");
    const workloads = subnet("workloads", "10.20.4.0/22");
    const cluster = new KubernetesCluster(this, "shop", {
      name: "shop", location: rg.location, resourceGroupName: rg.name, dnsPrefix: "shop-prod", kubernetesVersion: "1.36",
      identity: { type: "SystemAssigned" },
      defaultNodePool: { name: "system", vmSize: "Standard_D4s_v5", nodeCount: 3, vnetSubnetId: system.id },
      networkProfile: {
        networkPlugin: "azure", networkPluginMode: "overlay", networkPolicy: "calico", podCidr: "10.244.0.0/16",
        serviceCidr: "10.0.0.0/16", dnsServiceIp: "10.0.0.10", outboundType: "loadBalancer",
      },
      windowsProfile: { adminUsername: "azureuser", adminPassword: password.stringValue },
      tags,
    });
    new KubernetesClusterNodePool(this, "win1", {
      name: "win1", kubernetesClusterId: cluster.id, vmSize: "Standard_D4s_v5", nodeCount: 2, maxPods: 110, osType: "Windows",
      vnetSubnetId: workloads.id, tags,
    });
    new KubernetesClusterNodePool(this, "apps", {
      name: "apps", kubernetesClusterId: cluster.id, vmSize: "Standard_D8s_v5", autoScalingEnabled: true, minCount: 2, maxCount: 10,
      vnetSubnetId: workloads.id, tags,
    });
  }
}

const app = new App({ outdir: process.argv[2] || "cdktf.out" });
new Shop(app, "shop");
app.synth();
