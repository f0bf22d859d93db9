// Linux App Service running Node 20 LTS: always on, HTTPS only, TLS 1.2 at least, no FTP. It runs
// as the user-assigned identity and resolves Key Vault references with it.
param namePrefix string
param location string
param tags object
@description('App Service plan SKU: B1 for a pilot, P0v3 or above for production.')
param sku string
param identityResourceId string
@description('The app settings, as name/value pairs.')
param appSettings array

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${namePrefix}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: sku
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: '${namePrefix}-app'
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityResourceId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityResourceId
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node lib/bot/index.js'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // Liveness only: an unreachable store shows on /healthz/ready without recycling the app.
      healthCheckPath: '/healthz'
      appSettings: appSettings
    }
  }
}

output id string = site.id
output hostName string = site.properties.defaultHostName
