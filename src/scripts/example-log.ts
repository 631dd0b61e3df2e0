// Browser module, loaded only when "Try an example" is pressed: a GitHub Actions log of a failed image push, as a
// reader would paste it. Copied from tests/fixtures/logs/github-actions/ghcr-push-permission-denied/ci.log.
export const EXAMPLE_LOG = `2026-11-18T08:42:00.0000000Z ##[group]Runner Image Provisioner
2026-11-18T08:42:01.0007919Z Hosted Compute Agent
2026-11-18T08:42:02.0015838Z Version: 20261104.412
2026-11-18T08:42:03.0023757Z ##[endgroup]
2026-11-18T08:42:04.0031676Z ##[group]Operating System
2026-11-18T08:42:05.0039595Z Ubuntu
2026-11-18T08:42:06.0047514Z 24.04.3
2026-11-18T08:42:07.0055433Z LTS
2026-11-18T08:42:08.0063352Z ##[endgroup]
2026-11-18T08:42:09.0071271Z ##[group]GITHUB_TOKEN Permissions
2026-11-18T08:42:10.0079190Z Contents: read
2026-11-18T08:42:11.0087109Z Metadata: read
2026-11-18T08:42:12.0095028Z Packages: read
2026-11-18T08:42:13.0102947Z ##[endgroup]
2026-11-18T08:42:14.0110866Z Secret source: Actions
2026-11-18T08:42:15.0118785Z Prepare workflow directory
2026-11-18T08:42:16.0126704Z Prepare all required actions
2026-11-18T08:42:17.0134623Z Getting action download info
2026-11-18T08:42:18.0142542Z Download action repository 'actions/checkout@v4' (SHA:11bd71901bbe5b1630ceea73d27597364c9af683)
2026-11-18T08:42:19.0150461Z Download action repository 'docker/login-action@v3' (SHA:74a5d142397b4f367a81961eba4e8cd7edddf772)
2026-11-18T08:42:20.0158380Z Download action repository 'docker/build-push-action@v6' (SHA:263435318d21b8e681c14492fe198d362a7d2c83)
2026-11-18T08:42:21.0166299Z Complete job name: publish
2026-11-18T08:42:22.0174218Z ##[group]Run actions/checkout@v4
2026-11-18T08:42:23.0182137Z with:
2026-11-18T08:42:24.0190056Z   repository: northwind-labs/billing-worker
2026-11-18T08:42:25.0197975Z   token: ***
2026-11-18T08:42:26.0205894Z ##[endgroup]
2026-11-18T08:42:27.0213813Z Syncing repository: northwind-labs/billing-worker
2026-11-18T08:42:28.0221732Z Fetching the repository
2026-11-18T08:42:29.0229651Z [command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +8c1f2e7d9a0b:refs/remotes/origin/main
2026-11-18T08:42:30.0237570Z Checking out the ref
2026-11-18T08:42:31.0245489Z ##[group]Run docker/login-action@v3
2026-11-18T08:42:32.0253408Z with:
2026-11-18T08:42:33.0261327Z   registry: ghcr.io
2026-11-18T08:42:34.0269246Z   username: dana-ops
2026-11-18T08:42:35.0277165Z   password: ***
2026-11-18T08:42:36.0285084Z ##[endgroup]
2026-11-18T08:42:37.0293003Z Logging into ghcr.io...
2026-11-18T08:42:38.0300922Z Login Succeeded!
2026-11-18T08:42:39.0308841Z ##[group]Run docker/build-push-action@v6
2026-11-18T08:42:40.0316760Z with:
2026-11-18T08:42:41.0324679Z   push: true
2026-11-18T08:42:42.0332598Z   tags: ghcr.io/northwind-labs/billing-worker:2.7.0
2026-11-18T08:42:43.0340517Z ##[endgroup]
2026-11-18T08:42:44.0348436Z #0 building with "builder-5d1c" instance using docker-container driver
2026-11-18T08:42:45.0356355Z #1 [internal] load build definition from Dockerfile
2026-11-18T08:42:46.0364274Z #1 transferring dockerfile: 612B done
2026-11-18T08:42:47.0372193Z #1 DONE 0.0s
2026-11-18T08:42:48.0380112Z #2 [internal] load metadata for docker.io/library/node:22-alpine
2026-11-18T08:42:49.0388031Z #2 DONE 1.3s
2026-11-18T08:42:50.0395950Z #5 [build 2/6] WORKDIR /srv
2026-11-18T08:42:51.0403869Z #5 CACHED
2026-11-18T08:42:52.0411788Z #9 [build 6/6] RUN npm run build
2026-11-18T08:42:53.0419707Z #9 3.912 > billing-worker@2.7.0 build
2026-11-18T08:42:54.0427626Z #9 3.913 > tsc -p tsconfig.build.json
2026-11-18T08:42:55.0435545Z #9 DONE 11.4s
2026-11-18T08:42:56.0443464Z #12 exporting to image
2026-11-18T08:42:57.0451383Z #12 exporting layers 2.1s done
2026-11-18T08:42:58.0459302Z #12 exporting manifest sha256:4b0e6f1c8d2a97b35e0c7d1f6a2b9e8c3d4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b 0.0s done
2026-11-18T08:42:59.0467221Z #12 pushing layers
2026-11-18T08:42:00.0000000Z #12 pushing layers 1.2s done
2026-11-18T08:42:01.0007919Z #12 ERROR: failed to push ghcr.io/northwind-labs/billing-worker:2.7.0: denied: permission_denied: write_package
2026-11-18T08:42:02.0015838Z ------
2026-11-18T08:42:03.0023757Z  > exporting to image:
2026-11-18T08:42:04.0031676Z ------
2026-11-18T08:42:05.0039595Z ERROR: failed to solve: failed to push ghcr.io/northwind-labs/billing-worker:2.7.0: denied: permission_denied: write_package
2026-11-18T08:42:06.0047514Z ##[error]buildx failed with: ERROR: failed to solve: failed to push ghcr.io/northwind-labs/billing-worker:2.7.0: denied: permission_denied: write_package
2026-11-18T08:42:07.0055433Z Post job cleanup.
2026-11-18T08:42:08.0063352Z [command]/usr/bin/docker logout ghcr.io
2026-11-18T08:42:09.0071271Z Removing login credentials for ghcr.io
2026-11-18T08:42:10.0079190Z Cleaning up orphan processes
`;
