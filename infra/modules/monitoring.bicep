// Log Analytics and a workspace-based Application Insights: where HALI's traces, metrics and the
// App Service logs go. HALI records no message text or identifiers in telemetry.
param namePrefix string
param location string
param tags object
@description('Days Log Analytics keeps data (30 is included in the price).')
param retentionInDays int = 30

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${namePrefix}-logs'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${namePrefix}-insights'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

output workspaceId string = workspace.id
output connectionString string = appInsights.properties.ConnectionString
