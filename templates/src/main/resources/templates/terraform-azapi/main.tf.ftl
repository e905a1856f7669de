<#import "../terraform/azapi-block.ftl" as azapi>
${view.header}

locals {
<#if view.moduleLocation??>
  location = ${view.moduleLocation}
</#if>
<#if view.tags?has_content>
  tags = {
<#list view.tags as t>
    ${t.key} = ${t.value}
</#list>
  }
<#else>
  tags = {}
</#if>
}
<#list view.blocks as b>
<@azapi.block b/>
</#list>
