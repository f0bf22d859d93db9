// Key Vault (RBAC) for HALI's secrets. App settings refer to them with Key Vault references, read
// with the bot's identity ("Key Vault Secrets User"), so no secret sits in the app's configuration.
param namePrefix string
param location string
param tags object
param principalId string
@secure()
param nudgeTriggerKey string
@secure()
param openAIApiKey string
@secure()
param contentSafetyKey string

var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: '${namePrefix}-kv'
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource nudgeSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'nudge-trigger-key'
  properties: {
    value: nudgeTriggerKey
  }
}

resource openAIApiKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(openAIApiKey)) {
  parent: vault
  name: 'openai-api-key'
  properties: {
    value: openAIApiKey
  }
}

resource contentSafetyKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(contentSafetyKey)) {
  parent: vault
  name: 'content-safety-key'
  properties: {
    value: contentSafetyKey
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, principalId, secretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// Versionless URIs: App Service picks up a rotated secret by itself.
output nudgeTriggerKeyUri string = nudgeSecret.properties.secretUri
output openAIApiKeyUri string = empty(openAIApiKey) ? '' : openAIApiKeySecret.properties.secretUri
output contentSafetyKeyUri string = empty(contentSafetyKey) ? '' : contentSafetyKeySecret.properties.secretUri
