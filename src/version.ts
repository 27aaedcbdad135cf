// Sent as seam-sdk-name / seam-sdk-version with every request. Kept equal to package.json by a test
// (importing package.json here would not work unchanged in every runtime the SDK supports).
export const sdkName = 'seam-connect-sdk'
export const sdkVersion = '0.1.0'
