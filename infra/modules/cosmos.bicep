// Azure Cosmos DB for NoSQL, serverless, Microsoft Entra ID only (no account keys). The containers
// are exactly those bot/store/cosmos.ts expects: partition key /pk and time to live on with no
// default (-1), so documents that carry a ttl expire and the rest are kept.
param namePrefix string
param location string
param tags object
param databaseName string
param containerNames array
@description('Principal id of the identity the bot runs as: it gets the Cosmos DB Built-in Data Contributor role.')
param principalId string

// Built-in data-plane role "Cosmos DB Built-in Data Contributor".
var dataContributorRoleId = '00000000-0000-0000-0000-000000000002'

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: '${namePrefix}-cosmos'
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    capabilities: [
      {
        name: 'EnableServerless'
      }
    ]
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
  }
}

// Serverless: no throughput settings.
resource containers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [for name in containerNames: {
  parent: database
  name: name
  properties: {
    resource: {
      id: name
      partitionKey: {
        paths: [
          '/pk'
        ]
        kind: 'Hash'
      }
      defaultTtl: -1
      // Only what bot/store/cosmos.ts queries is indexed (INDEXING_POLICY there; a test compares the
      // two): partitions by pk, export and erasure by learnerId, the nudge sweep's due query, whose
      // ORDER BY dueAt, pk, key needs the composite index, and the learning-record outbox's sendAt.
      indexingPolicy: {
        indexingMode: 'consistent'
        automatic: true
        includedPaths: [
          {
            path: '/pk/?'
          }
          {
            path: '/key/?'
          }
          {
            path: '/learnerId/?'
          }
          {
            path: '/dueAt/?'
          }
          {
            path: '/sendAt/?'
          }
        ]
        excludedPaths: [
          {
            path: '/*'
          }
        ]
        compositeIndexes: [
          [
            {
              path: '/dueAt'
              order: 'ascending'
            }
            {
              path: '/pk'
              order: 'ascending'
            }
            {
              path: '/key'
              order: 'ascending'
            }
          ]
        ]
      }
    }
  }
}]

resource dataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: account
  name: guid(account.id, principalId, dataContributorRoleId)
  properties: {
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributorRoleId}'
    principalId: principalId
    scope: account.id
  }
}

output endpoint string = account.properties.documentEndpoint
