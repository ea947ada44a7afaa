//go:build scratch

package scratch

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"sync"
	"testing"

	"tiendo"
	"tiendo/service"
	"tiendo/sqlstore/sqlite"
	"tiendo/web"
)

func TestCreateProfile(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, os.Getenv("DB"), tiendo.SystemClock{})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	svc := service.New(st, tiendo.SystemClock{}, tiendo.DefaultRules())
	sys := tiendo.NewContextWithActor(ctx, tiendo.SystemActor())
	tok, err := svc.CreateToken(sys, "admin", "x")
	if err != nil {
		t.Fatal(err)
	}
	orgs, _ := st.FindOrgs(ctx, tiendo.OrgFilter{})
	srv := httptest.NewServer(web.NewServer(svc, web.Options{}).Handler())
	defer srv.Close()
	var wg sync.WaitGroup
	n := 3000
	ch := make(chan int, n)
	for i := range n {
		ch <- i
	}
	close(ch)
	for c := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(c), 1))
			for range ch {
				body, _ := json.Marshal(map[string]any{"title": fmt.Sprintf("Kiểm tra vỉa hè %d", rng.IntN(100)), "lead_org_id": orgs[rng.IntN(len(orgs))].ID, "due": "2027-01-01"})
				req, _ := http.NewRequest("POST", srv.URL+"/api/v1/tasks", bytes.NewReader(body))
				req.Header.Set("Authorization", "Bearer "+tok)
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Error(err)
					return
				}
				resp.Body.Close()
				if resp.StatusCode != 201 {
					t.Error(resp.StatusCode)
					return
				}
			}
		}()
	}
	wg.Wait()
}
