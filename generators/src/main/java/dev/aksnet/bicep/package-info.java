/**
 * The bicep target: a resource plan spelt as main.bicep and its role modules ({@link dev.aksnet.bicep.BicepViewBuilder}),
 * with the ARM bodies of {@link dev.aksnet.arm.ArmBodies}.
 */
package dev.aksnet.bicep;
