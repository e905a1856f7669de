${view.header}
<#list view.variables as v>

variable "${v.name}" {
<#list v.attributes as a>
  ${a.key} = ${a.value}
</#list>
}
</#list>
