// HALI on Azure: everything one deployment needs, in one resource group. Deployed by the
// Microsoft 365 Agents Toolkit (m365agents.yml, arm/deploy) with azure.parameters.json, or by
// `az deployment group create`. Every setting bot/config.ts reads is an app setting below.

@minLength(4)
@maxLength(20)
@description('Lower-case letters and digits, unique to you: used in every resource name.')
param resourceBaseName string

@description('Azure region for every regional resource (empty: UK South, which keeps learner data in the UK).')
param location string = 'uksouth'

@maxLength(42)
param botDisplayName string = 'HALI'

@description('App Service plan SKU (empty: B1, for a pilot); P0v3 or above for production.')
param appServiceSku string = 'B1'

@description('Tenant ids allowed to use HALI, comma-separated (ALLOWED_TENANTS). Empty: this subscription\'s tenant only.')
param allowedTenants string = ''

param cosmosDatabaseName string = 'hali'

// Numbers are strings here: the Agents Toolkit fills parameters from env files as text, and the bot
// checks every setting when it starts.
@description('Days learning events and conversation transcripts are kept (RETENTION_DAYS, 1 to 3650).')
param retentionDays string = '180'

@description('Serve content still marked draft (SERVE_DRAFT_CONTENT), for a pilot; otherwise production serves reviewed content only.')
@allowed([
  'true'
  'false'
  ''
])
param serveDraftContent string = 'false'

@description('The educator tab\'s Entra app (aadApp/create): its client id, tenant and authority.')
param educatorAppClientId string = ''
param educatorAppTenantId string = ''
param educatorAppAuthority string = ''

@allowed([
  'debug'
  'info'
  'warn'
  'error'
])
param logLevel string = 'info'

@description('Shared secret for POST /api/nudges/run (NUDGE_TRIGGER_KEY), at least 16 characters; kept in Key Vault.')
@secure()
@minLength(16)
param nudgeTriggerKey string

@description('Proactive sends per second per tenant (NUDGE_RATE_PER_SECOND, at most 50).')
param nudgeRatePerSecond string = '40'

@description('Run the nudge sweep every minute inside the bot (NUDGE_SCHEDULER); instances share it through a lease.')
param nudgeScheduler string = 'true'

// --- Learning records out (xAPI LRS) and Viva Learning: off unless set.
@description('The learning record store\'s xAPI endpoint (XAPI_ENDPOINT); empty: nothing is reported.')
param xapiEndpoint string = ''

@description('The LRS key (XAPI_USERNAME). Put its secret in Key Vault and set XAPI_PASSWORD to the Key Vault reference.')
param xapiUsername string = ''

@description('How statements name the learner (XAPI_ACTOR): account (Entra object id) or mbox (work email).')
@allowed([
  'account'
  'mbox'
])
param xapiActor string = 'account'

@description('Void sent statements when a learner says "forget me" (XAPI_VOID_ON_ERASURE).')
param xapiVoidOnErasure string = 'false'

@description('Prefix of HALI\'s xAPI activity ids (XAPI_ACTIVITY_BASE).')
param xapiActivityBase string = 'urn:hali:'

@description('Viva Learning: the tenant (VIVA_TENANT_ID); empty: Viva Learning is off. The identity needs the Graph permissions in infra/README.md.')
param vivaTenantId string = ''

@description('HALI\'s Viva Learning provider registration id (VIVA_PROVIDER_ID), from the one-time registration.')
param vivaProviderId string = ''

@description('A public image shown beside HALI\'s lessons in Viva Learning (VIVA_THUMBNAIL_URL).')
param vivaThumbnailUrl string = ''

// --- Language model: none by default (mentors answer from their own content). Turn one on after a DPIA.
@description('Create an Azure OpenAI account and model deployment in this resource group.')
@allowed([
  'true'
  'false'
  ''
])
param deployAzureOpenAI string = 'false'
@description('Bring your own Azure OpenAI: its https endpoint (leave empty when deployAzureOpenAI is true or no model is wanted).')
param azureOpenAIEndpoint string = ''
@description('The model deployment name: created when deployAzureOpenAI is true, else the one at azureOpenAIEndpoint.')
param azureOpenAIDeployment string = 'gpt-4o-mini'
param azureOpenAIModelName string = 'gpt-4o-mini'
param azureOpenAIModelVersion string = '2024-07-18'
@allowed([
  'Standard'
  'DataZoneStandard'
  'GlobalStandard'
])
param azureOpenAIDeploymentSku string = 'Standard'
param azureOpenAICapacity int = 10

@description('OpenAI, or any OpenAI-compatible server: its API key (kept in Key Vault). Leave empty for none.')
@secure()
param openAIApiKey string = ''
param openAIBaseUrl string = ''
param openAIModel string = 'gpt-4o-mini'

param modelTimeoutMs string = '12000'
@description('Stream language model answers in one-to-one chats (never while moderation is on).')
param streamAnswers string = 'true'
param dailyTokenBudget string = '50000'

@allowed([
  'off'
  'openai'
  'azure'
])
param moderation string = 'off'
param contentSafetyEndpoint string = ''
@secure()
param contentSafetyKey string = ''

param tags object = {
  application: 'hali'
}

var region = empty(location) ? 'uksouth' : location
var planSku = empty(appServiceSku) ? 'B1' : appServiceSku
var tenantsAllowed = empty(allowedTenants) ? subscription().tenantId : allowedTenants
var createOpenAI = deployAzureOpenAI == 'true'
var openAIDeploymentName = empty(azureOpenAIDeployment) ? 'gpt-4o-mini' : azureOpenAIDeployment

// The containers bot/store/documents.ts names (CONTAINERS).
var containerNames = [
  'learners'
  'state'
  'markers'
  'cases'
  'decisions'
  'feedback'
  'analytics'
]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-id'
  location: region
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'hali-monitoring'
  params: {
    namePrefix: resourceBaseName
    location: region
    tags: tags
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'hali-cosmos'
  params: {
    namePrefix: resourceBaseName
    location: region
    tags: tags
    databaseName: cosmosDatabaseName
    containerNames: containerNames
    principalId: identity.properties.principalId
  }
}

module openai 'modules/openai.bicep' = if (createOpenAI) {
  name: 'hali-openai'
  params: {
    namePrefix: resourceBaseName
    location: region
    tags: tags
    deploymentName: openAIDeploymentName
    modelName: azureOpenAIModelName
    modelVersion: azureOpenAIModelVersion
    deploymentSku: azureOpenAIDeploymentSku
    capacity: azureOpenAICapacity
    principalId: identity.properties.principalId
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'hali-keyvault'
  params: {
    namePrefix: resourceBaseName
    location: region
    tags: tags
    principalId: identity.properties.principalId
    nudgeTriggerKey: nudgeTriggerKey
    openAIApiKey: openAIApiKey
    contentSafetyKey: contentSafetyKey
  }
}

var openAIEndpoint = createOpenAI ? openai.outputs.endpoint : azureOpenAIEndpoint

var appSettings = [
  // --- Server. App Service for Linux routes to the port in PORT.
  {
    name: 'PORT'
    value: '8080'
  }
  {
    name: 'WEBSITES_PORT'
    value: '8080'
  }
  {
    name: 'NODE_ENV'
    value: 'production'
  }
  {
    name: 'DATA_DIR'
    value: '/home/data'
  }
  {
    name: 'LOG_LEVEL'
    value: logLevel
  }
  {
    name: 'WEBSITE_RUN_FROM_PACKAGE'
    value: '1'
  }
  {
    name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
    value: 'false'
  }
  // --- Bot identity: the managed identity, so there is no password.
  {
    name: 'BOT_ID'
    value: identity.properties.clientId
  }
  {
    name: 'BOT_PASSWORD'
    value: ''
  }
  {
    name: 'BOT_TENANT_ID'
    value: identity.properties.tenantId
  }
  {
    name: 'BOT_TYPE'
    value: 'UserAssignedMsi'
  }
  {
    name: 'ALLOWED_TENANTS'
    value: tenantsAllowed
  }
  {
    name: 'BOT_OPENID_METADATA_URL'
    value: ''
  }
  {
    name: 'BOT_TOKEN_ISSUER'
    value: ''
  }
  // --- The educator tab's single sign-on (Teams SSO tokens from Microsoft Entra ID).
  {
    name: 'AAD_APP_CLIENT_ID'
    value: educatorAppClientId
  }
  {
    name: 'AAD_APP_TENANT_ID'
    value: educatorAppTenantId
  }
  {
    name: 'AAD_APP_OAUTH_AUTHORITY'
    value: educatorAppAuthority
  }
  {
    name: 'EDUCATOR_OPENID_METADATA_URL'
    value: ''
  }
  // HALI's own host name, for the educator token's audience (api://<BOT_DOMAIN>/<app id>). The host is this app's
  // output, so it cannot be set here; set it after provisioning (or to a custom domain) to tighten the check.
  {
    name: 'BOT_DOMAIN'
    value: ''
  }
  // @azure/identity picks the user-assigned identity by its client id (Cosmos DB, Azure OpenAI).
  {
    name: 'AZURE_CLIENT_ID'
    value: identity.properties.clientId
  }
  // --- Cosmos DB with Microsoft Entra ID; the containers exist, so the bot creates nothing.
  {
    name: 'COSMOS_ENDPOINT'
    value: cosmos.outputs.endpoint
  }
  {
    name: 'COSMOS_KEY'
    value: ''
  }
  {
    name: 'COSMOS_DATABASE'
    value: cosmosDatabaseName
  }
  {
    name: 'COSMOS_CREATE_CONTAINERS'
    value: 'false'
  }
  {
    name: 'RETENTION_DAYS'
    value: retentionDays
  }
  {
    name: 'SERVE_DRAFT_CONTENT'
    value: serveDraftContent == 'true' ? 'true' : 'false'
  }
  // --- Models (all empty: the offline mentor).
  {
    name: 'OPENAI_API_KEY'
    value: empty(openAIApiKey) ? '' : '@Microsoft.KeyVault(SecretUri=${vault.outputs.openAIApiKeyUri})'
  }
  {
    name: 'OPENAI_BASE_URL'
    value: openAIBaseUrl
  }
  {
    name: 'OPENAI_MODEL'
    value: openAIModel
  }
  {
    name: 'AZURE_OPENAI_ENDPOINT'
    value: openAIEndpoint
  }
  {
    name: 'AZURE_OPENAI_API_KEY'
    value: ''
  }
  {
    name: 'AZURE_OPENAI_DEPLOYMENT'
    value: empty(openAIEndpoint) ? '' : openAIDeploymentName
  }
  {
    name: 'MODEL_TIMEOUT_MS'
    value: modelTimeoutMs
  }
  {
    name: 'STREAM_ANSWERS'
    value: streamAnswers
  }
  {
    name: 'DAILY_TOKEN_BUDGET'
    value: dailyTokenBudget
  }
  {
    name: 'ANALYTICS_ENABLED'
    value: 'true'
  }
  {
    name: 'MIN_COHORT'
    value: '10'
  }
  {
    name: 'MODERATION'
    value: moderation
  }
  {
    name: 'AZURE_CONTENT_SAFETY_ENDPOINT'
    value: contentSafetyEndpoint
  }
  {
    name: 'AZURE_CONTENT_SAFETY_KEY'
    value: empty(contentSafetyKey) ? '' : '@Microsoft.KeyVault(SecretUri=${vault.outputs.contentSafetyKeyUri})'
  }
  // --- Nudges
  {
    name: 'NUDGE_TRIGGER_KEY'
    value: '@Microsoft.KeyVault(SecretUri=${vault.outputs.nudgeTriggerKeyUri})'
  }
  {
    name: 'NUDGE_RATE_PER_SECOND'
    value: nudgeRatePerSecond
  }
  {
    name: 'NUDGE_SCHEDULER'
    value: nudgeScheduler
  }
  // If the sweeping instance dies, another takes over within these two together (two minutes).
  {
    name: 'NUDGE_SWEEP_EVERY_SECONDS'
    value: '60'
  }
  {
    name: 'NUDGE_LEASE_SECONDS'
    value: '60'
  }
  // --- Learning records: the LRS (xAPI) and Viva Learning (Graph, as the managed identity).
  {
    name: 'XAPI_ENDPOINT'
    value: xapiEndpoint
  }
  {
    name: 'XAPI_USERNAME'
    value: xapiUsername
  }
  {
    name: 'XAPI_PASSWORD'
    value: ''
  }
  {
    name: 'XAPI_OAUTH_TOKEN_URL'
    value: ''
  }
  {
    name: 'XAPI_CLIENT_ID'
    value: ''
  }
  {
    name: 'XAPI_CLIENT_SECRET'
    value: ''
  }
  {
    name: 'XAPI_OAUTH_SCOPE'
    value: ''
  }
  {
    name: 'XAPI_ACTOR'
    value: xapiActor
  }
  {
    name: 'XAPI_VERSION'
    value: 'auto'
  }
  {
    name: 'XAPI_VOID_ON_ERASURE'
    value: xapiVoidOnErasure
  }
  {
    name: 'XAPI_ACTIVITY_BASE'
    value: xapiActivityBase
  }
  {
    name: 'XAPI_BATCH_SIZE'
    value: '50'
  }
  {
    name: 'REPORTING_SENDER'
    value: 'true'
  }
  // The sender runs on the turns' event loop (README: why the worker thread is not the default).
  {
    name: 'REPORTING_SENDER_THREAD'
    value: 'inline'
  }
  {
    name: 'VIVA_TENANT_ID'
    value: vivaTenantId
  }
  {
    name: 'VIVA_PROVIDER_ID'
    value: vivaProviderId
  }
  // Graph is called as the bot's user-assigned managed identity: no client secret.
  {
    name: 'VIVA_CLIENT_ID'
    value: identity.properties.clientId
  }
  {
    name: 'VIVA_CLIENT_SECRET'
    value: ''
  }
  {
    name: 'GRAPH_BASE_URL'
    value: 'https://graph.microsoft.com'
  }
  // Used only with VIVA_CLIENT_SECRET (the managed identity signs in on its own).
  {
    name: 'VIVA_AUTHORITY_HOST'
    value: 'https://login.microsoftonline.com'
  }
  {
    name: 'VIVA_THUMBNAIL_URL'
    value: vivaThumbnailUrl
  }
  // --- Telemetry; Microsoft's own SDK usage statistics are switched off.
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: monitoring.outputs.connectionString
  }
  {
    name: 'APPLICATIONINSIGHTS_STATSBEAT_DISABLED'
    value: 'true'
  }
  // The role name Application Insights shows for HALI.
  {
    name: 'OTEL_SERVICE_NAME'
    value: 'hali'
  }
]

module app 'modules/app-service.bicep' = {
  name: 'hali-app'
  params: {
    namePrefix: resourceBaseName
    location: region
    tags: tags
    sku: planSku
    identityResourceId: identity.id
    appSettings: appSettings
  }
}

module bot 'modules/bot.bicep' = {
  name: 'hali-bot'
  params: {
    name: resourceBaseName
    displayName: botDisplayName
    tags: tags
    messagingEndpoint: 'https://${app.outputs.hostName}/api/messages'
    identityClientId: identity.properties.clientId
    identityResourceId: identity.id
    identityTenantId: identity.properties.tenantId
  }
}

// Written to env/.env.<environment> by the Agents Toolkit; the app package uses BOT_ID and BOT_DOMAIN.
output AZURE_APP_SERVICE_RESOURCE_ID string = app.outputs.id
output BOT_DOMAIN string = app.outputs.hostName
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
