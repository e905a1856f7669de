${view.name}|${view.loud}|${view.tags?size}|<#list view.tags as t>${t}<#sep>,</#sep></#list>|${view.inner.on?c}|<#if view.missing??>defined<#else>undefined</#if>|${view.short?c}|${view.URL}
