-- Neovim's own LSP client against the chan2ts server (run by neovim.test.ts, headless):
-- opens a Go file, then records the diagnostics, a hover, the code action, the translate
-- command's answer and the buffer after the convert command (target "replace"), as JSON.
-- Written for Neovim 0.7 (Debian bookworm's): vim.lsp.start_client and buf_attach_client.
local server, file, out = os.getenv('CHAN2TS_SERVER'), os.getenv('CHAN2TS_FILE'), os.getenv('CHAN2TS_OUT')
local results = {}

local function finish(problem)
  results.problem = problem
  local handle = io.open(out, 'w')
  handle:write(vim.fn.json_encode(results))
  handle:close()
  vim.cmd('qall!')
end

local ok, failure = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  local diagnostics
  local client_id = vim.lsp.start_client({
    name = 'chan2ts',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, result)
        if result.uri == uri then diagnostics = result.diagnostics end
      end,
    },
  })
  assert(client_id, 'the client did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  assert(vim.wait(30000, function() return client.initialized end, 50), 'the server did not initialize')
  assert(vim.wait(30000, function() return diagnostics ~= nil end, 50), 'no diagnostics were published')
  results.diagnostics = diagnostics

  local function ask(method, params)
    local answers, err = vim.lsp.buf_request_sync(bufnr, method, params, 30000)
    assert(answers and answers[client_id], method .. ': no answer (' .. tostring(err) .. ')')
    assert(not answers[client_id].err, method .. ': ' .. vim.inspect(answers[client_id].err))
    return answers[client_id].result
  end

  results.hover = ask('textDocument/hover', { textDocument = { uri = uri }, position = { line = 5, character = 8 } })
  local whole = { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } }
  results.codeActions = ask('textDocument/codeAction', { textDocument = { uri = uri }, range = whole, context = { diagnostics = {} } })
  results.translation = ask('workspace/executeCommand', { command = 'chan2ts.server.translate', arguments = { { uri = uri } } })
  results.applied = ask('workspace/executeCommand', {
    command = 'chan2ts.server.convert',
    arguments = { { uri = uri, target = 'replace' } },
  })
  results.buffer = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
end)
finish(not ok and tostring(failure) or vim.NIL)
