/**
 * ARM request bodies, written once for the targets that send them (Bicep and azapi Terraform): {@link
 * dev.aksnet.arm.ArmBodies} builds each planned resource's body as an {@link dev.aksnet.arm.ArmValue} tree, with the
 * literals and references of one target supplied by its {@link dev.aksnet.arm.ArmSpelling}.
 */
package dev.aksnet.arm;
