-- Drives the Conflict Lens server from Neovim's built-in LSP client (stdio), headless:
-- waits for diagnostics, asks for a hover and the code actions at a duplicate, and writes what it
-- got as JSON. Arguments come from the environment: CL_SERVER, CL_FILE, CL_OUT, CL_HOVER_LINE/COL.
local out = {}
local function finish()
  vim.fn.writefile({ vim.fn.json_encode(out) }, os.getenv('CL_OUT'))
  vim.cmd('qall!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('CL_FILE')))
local bufnr = vim.api.nvim_get_current_buf()
local raw_diagnostics = nil
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(_, result)
  if result and result.uri == vim.uri_from_bufnr(bufnr) then raw_diagnostics = result.diagnostics end
end

local ready = false
local id = vim.lsp.start_client({
  name = 'conflict-lens',
  cmd = { 'node', os.getenv('CL_SERVER'), '--stdio' },
  root_dir = vim.fn.fnamemodify(os.getenv('CL_FILE'), ':h'),
  on_init = function() ready = true end,
})
vim.lsp.buf_attach_client(bufnr, id)
if not vim.wait(10000, function() return ready end, 20) then out.error = 'no initialize'; return finish() end
if not vim.wait(10000, function() return raw_diagnostics ~= nil end, 20) then out.error = 'no diagnostics'; return finish() end
out.diagnostics = raw_diagnostics

local uri = vim.uri_from_bufnr(bufnr)
local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
  textDocument = { uri = uri },
  position = { line = tonumber(os.getenv('CL_HOVER_LINE')), character = tonumber(os.getenv('CL_HOVER_COL')) },
}, 5000)
out.hover = hover and hover[id] and hover[id].result or vim.NIL

local dup = nil
for _, d in ipairs(raw_diagnostics) do if d.code == 'duplicate-paragraph' then dup = d; break end end
if dup then
  local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
    textDocument = { uri = uri }, range = dup.range, context = { diagnostics = { dup } },
  }, 5000)
  out.actions = actions and actions[id] and actions[id].result or vim.NIL
end
vim.lsp.stop_client(id)
finish()
