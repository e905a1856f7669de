<#-- An azapi block (AzapiView.Block) and its ARM body (ArmValue), printed as HCL. Shared by the azurerm and azapi targets. -->
<#macro block b>

${b.kind} "${b.type}" "${b.local}" {
<#list b.comments as line>
  ${line}
</#list>
<#list b.attributes as a>
  ${a.key} = ${a.value}
</#list>
<#if b.identity?has_content>

  identity {
<#list b.identity as a>
    ${a.key} = ${a.value}
</#list>
  }
</#if>
<#if b.hasBody>

  body = {
<@entries b.body.entries "    "/>
  }
</#if>
<#if b.hasExportValues>

  response_export_values = ${b.exportValues}
</#if>
<#if b.ignoreChanges?has_content>

  lifecycle {
    ignore_changes = [
<#list b.ignoreChanges as path>
      ${path},
</#list>
    ]
  }
</#if>
<#if b.dependsOn?has_content>

  depends_on = [
<#list b.dependsOn as d>
    ${d},
</#list>
  ]
</#if>
}
</#macro>
<#macro entries list indent>
<#list list as e>
<@value e.key + " = " e.value indent ""/>
</#list>
</#macro>
<#macro value prefix v indent suffix>
<#if v.scalar>
${indent}${prefix}${v.expression}${suffix}
<#elseif v.scalarArray>
${indent}${prefix}[<#list v.items as i>${i.expression}<#sep>, </#sep></#list>]${suffix}
<#elseif v.object>
${indent}${prefix}{
<@entries v.entries indent + "  "/>
${indent}}${suffix}
<#else>
${indent}${prefix}[
<#list v.items as i>
<@value "" i indent + "  " ","/>
</#list>
${indent}]${suffix}
</#if>
</#macro>
