/**
 * Plan: the Azure resources a valid spec deploys, target-neutral and in the Azure API's vocabulary. {@link
 * dev.aksnet.plan.ResourcePlanner} is the one place that decides which resources exist, their names, what they carry,
 * who is granted what and what each cluster waits for; {@link dev.aksnet.plan.AzureType} holds every API version. Targets
 * spell a {@link dev.aksnet.plan.ResourcePlan} and decide nothing about it.
 */
package dev.aksnet.plan;
