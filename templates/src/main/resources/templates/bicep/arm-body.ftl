<#-- An ARM body (ArmValue) printed as Bicep: one entry per line, arrays one item per line. -->
<#macro entries list indent>
<#list list as e>
<@value e.key + ": " e.value indent/>
</#list>
</#macro>
<#macro value prefix v indent>
<#if v.scalar>
${indent}${prefix}${v.expression}
<#elseif v.object>
${indent}${prefix}{
<@entries v.entries indent + "  "/>
${indent}}
<#else>
${indent}${prefix}[
<#list v.items as i>
<@value "" i indent + "  "/>
</#list>
${indent}]
</#if>
</#macro>
