${view.header}
<#list view.outputs as o>

output "${o.name}" {
<#list o.attributes as a>
  ${a.key} = ${a.value}
</#list>
}
</#list>
